package io.rapporteur.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for a statement that reads them as one array per column ({@code unnest(?::text[], ?::int4[], ...)}): one round
 * trip for any number of rows, for upserts that COPY cannot do ({@link CopyRows} is the faster path for plain inserts).
 */
public final class ArrayRows {

    private final String[] columnTypes;
    private final List<List<Object>> columns = new ArrayList<>();

    /** @param columnTypes the PostgreSQL element type of each column, in order: text, int4, float8... */
    public ArrayRows(String... columnTypes) {
        this.columnTypes = columnTypes.clone();
        for (int i = 0; i < columnTypes.length; i++) {
            columns.add(new ArrayList<>());
        }
    }

    public ArrayRows add(Object... values) {
        if (values.length != columnTypes.length) {
            throw new IllegalArgumentException("expected " + columnTypes.length + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i]);
        }
        return this;
    }

    /** Binds column i to parameter {@code firstParameter + i}. */
    public void bind(Connection connection, PreparedStatement statement, int firstParameter) throws SQLException {
        for (int i = 0; i < columnTypes.length; i++) {
            statement.setArray(firstParameter + i, connection.createArrayOf(columnTypes[i], columns.get(i).toArray()));
        }
    }
}
