package io.rapporteur.query.readmodel;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Knows which schema holds the read models the API answers from, creates new generations from {@code read-model.sql}
 * and swaps them in. SQL elsewhere names tables as {@code {rm}.facts}; {@link #sql(String)} fills in the active schema.
 */
@ApplicationScoped
public class ReadModels {

    public static final String PLACEHOLDER = "{rm}";
    private static final String DDL = "/io/rapporteur/query/readmodel/read-model.sql";

    @Inject
    AgroalDataSource dataSource;

    private volatile String active;

    /** The active schema; on first use creates generation 1 when the database is new. */
    public String active() {
        String schema = active;
        if (schema == null) {
            synchronized (this) {
                if (active == null) {
                    active = loadOrCreate();
                }
                schema = active;
            }
        }
        return schema;
    }

    public String sql(String template) {
        return inSchema(template, active());
    }

    public static String inSchema(String template, String schema) {
        return template.replace(PLACEHOLDER, schema);
    }

    /** Creates the empty tables of a new generation and returns its schema name (not yet active). */
    public synchronized String createNextGeneration() {
        try (Connection c = dataSource.getConnection()) {
            int generation = currentGeneration(c) + 1;
            String schema = "read_model_" + generation;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute(inSchema(ddl(), schema));
            }
            c.commit();
            return schema;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a read model generation", e);
        }
    }

    /**
     * Makes {@code schema} the active one and returns the previous one, which the caller drops once requests that
     * started on it are done.
     */
    public synchronized String swapTo(String schema) {
        String previous = active();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE read_model_state SET active_schema = ?, generation = ?, swapped_at = now() WHERE id = 1")) {
                ps.setString(1, schema);
                ps.setInt(2, generationOf(schema));
                ps.executeUpdate();
            }
            c.commit();
            active = schema;
            return previous;
        } catch (SQLException e) {
            throw new IllegalStateException("could not swap read models to " + schema, e);
        }
    }

    /** Drops a generation no longer active, or one that will never be (a failed rebuild). */
    public void drop(String schema) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + schema, e);
        }
    }

    private String loadOrCreate() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // Two instances starting at once on a new database: one creates, the other waits and reads.
                s.execute("LOCK TABLE read_model_state IN EXCLUSIVE MODE");
                try (ResultSet rs = s.executeQuery("SELECT active_schema FROM read_model_state WHERE id = 1")) {
                    if (rs.next()) {
                        String schema = rs.getString(1);
                        c.commit();
                        return schema;
                    }
                }
                String schema = "read_model_1";
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute(inSchema(ddl(), schema));
                s.execute("INSERT INTO read_model_state (id, active_schema, generation) VALUES (1, '" + schema + "', 1)");
            }
            c.commit();
            return "read_model_1";
        } catch (SQLException e) {
            throw new IllegalStateException("could not open the read models", e);
        }
    }

    private static int currentGeneration(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT generation FROM read_model_state WHERE id = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int generationOf(String schema) {
        return Integer.parseInt(schema.substring(schema.lastIndexOf('_') + 1));
    }

    private static String ddl() {
        try (InputStream in = ReadModels.class.getResourceAsStream(DDL)) {
            if (in == null) {
                throw new IllegalStateException(DDL + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
