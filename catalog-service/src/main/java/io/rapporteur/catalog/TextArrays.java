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
}
