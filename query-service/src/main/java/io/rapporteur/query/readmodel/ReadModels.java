package io.rapporteur.query.readmodel;

import io.agroal.api.AgroalDataSource;
import io.rapporteur.service.problem.ProblemException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The version of read-model.sql ({rm}.model_version); a generation built from an older one is outdated. */
    public static final int VERSION = version(ddl());

    private volatile String active;
    private volatile boolean outdated;

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

    /** The template for the active schema; 503 while that schema is outdated and its replacement is being built. */
    public String sql(String template) {
        String schema = active();
        if (outdated) {
            throw new ProblemException(503, "Service Unavailable", "the read models are being rebuilt for a new "
                    + "version of this service; try again shortly");
        }
        return inSchema(template, schema);
    }

    /** True while the active generation was built by an older read-model.sql (ReadModelRebuilder replaces it). */
    public boolean outdated() {
        active();
        return outdated;
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
            outdated = versionOf(c, schema) < VERSION;
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
                        outdated = versionOf(c, schema) < VERSION;
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

    /** The read-model.sql version a generation was built from (1: before versions were recorded). */
    private static int versionOf(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT to_regclass('" + schema + ".model_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 1;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(version) FROM " + schema + ".model_version")) {
            return rs.next() ? rs.getInt(1) : 1;
        }
    }

    private static int version(String ddl) {
        Matcher m = Pattern.compile("model_version VALUES \\((\\d+)\\)").matcher(ddl);
        if (!m.find()) {
            throw new IllegalStateException(DDL + " does not record its version in {rm}.model_version");
        }
        return Integer.parseInt(m.group(1));
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
