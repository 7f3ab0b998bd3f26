package io.rapporteur.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * SQL array parameters, so that a batch of rows goes to PostgreSQL as one statement ({@code unnest(?::text[], ...)})
 * instead of one round trip per row.
 */
public final class TextArrays {

    private TextArrays() {
    }

    public static Array text(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(new String[0]));
    }

    public static Array integers(Connection connection, Collection<Integer> values) throws SQLException {
        return connection.createArrayOf("int4", values.toArray(new Integer[0]));
    }

    public static Array doubles(Connection connection, Collection<Double> values) throws SQLException {
        return connection.createArrayOf("float8", values.toArray(new Double[0]));
    }
}
