package io.rapporteur.testsupport;

import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestDatabasesTest {

    @Test
    void createsAFreshDatabaseAndDropsIt() throws SQLException {
        PostgresServer server = PostgresServer.fromEnvironment();
        String name = TestDatabases.create(server, "rapporteur_test_support");
        try (Connection connection = server.connect(name)) {
            connection.createStatement().execute("CREATE TABLE t (x int)");
        }
        assertTrue(exists(server, name));
        TestDatabases.drop(server, name);
        assertFalse(exists(server, name));
    }

    private static boolean exists(PostgresServer server, String name) throws SQLException {
        try (Connection connection = server.connect("postgres");
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }
}
