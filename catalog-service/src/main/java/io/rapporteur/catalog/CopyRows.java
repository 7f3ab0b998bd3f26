package io.rapporteur.catalog;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for PostgreSQL's COPY (text format), the fastest way to put many new rows into a table: one round trip, no
 * per-row statement. For rows that cannot collide with stored ones; upserts go through {@code unnest} instead.
 */
public final class CopyRows {

    /**
     * Rows are encoded in chunks of about this many characters, not as one string: a batch's rows run to megabytes,
     * and one object that size is allocated outside the young generation and starts a garbage collection cycle.
     */
    private static final int CHUNK_CHARS = 1 << 16;

    private final List<byte[]> chunks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(CHUNK_CHARS + 4096);
    private int count;

    /** Appends one row; null values become SQL NULL. */
    public CopyRows add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            appendValue(values[i]);
        }
        text.append('\n');
        count++;
        if (text.length() >= CHUNK_CHARS) {
            seal();
        }
        return this;
    }

    /** COPYs the rows into {@code table (columns...)} in the connection's transaction; returns the row count. */
    public long into(Connection connection, String tableAndColumns) throws SQLException {
        if (count == 0) {
            return 0;
        }
        seal();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + tableAndColumns + " from stdin");
        try {
            for (byte[] chunk : chunks) {
                copy.writeToCopy(chunk, 0, chunk.length);
            }
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void seal() {
        if (!text.isEmpty()) {
            chunks.add(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }

    private void appendValue(Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        // nearly every value needs no escaping (JSON text has no raw tab or line break): four vectorised scans find
        // that far faster than one loop over the characters
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            text.append(s);
            return;
        }
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '\\' || (c >= ' ' && c != '\\')) {
                continue; // nearly every character: nothing to escape
            }
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                text.append(s, from, i).append(escape);
                from = i + 1;
            }
        }
        text.append(s, from, s.length());
    }
}
