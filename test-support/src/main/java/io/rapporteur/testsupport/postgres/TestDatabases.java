package io.rapporteur.testsupport.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh databases on the local PostgreSQL server, one per test run, so runs never see each other's rows.
 * Names are {@code prefix_yyyyMMddHHmmss_random}; {@link #drop} removes one (connections are terminated first).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String create(PostgresServer server, String prefix) {
        String name = prefix + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        execute(server, "CREATE DATABASE " + name);
        return name;
    }

    public static void drop(PostgresServer server, String name) {
        execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(PostgresServer server, String sql) {
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server.host() + ":" + server.port()
                    + " refused '" + sql + "': " + e.getMessage()
                    + " (set RAPPORTEUR_PG_URL or PGHOST/PGPORT/PGUSER/PGPASSWORD)", e);
        }
    }
}
