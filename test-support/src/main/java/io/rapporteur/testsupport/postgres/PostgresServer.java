package io.rapporteur.testsupport.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Where PostgreSQL is: {@code RAPPORTEUR_PG_URL} (a JDBC URL of any database on the server, e.g.
 * jdbc:postgresql://127.0.0.1:5432/postgres), else the usual PGHOST/PGPORT/PGUSER/PGPASSWORD, else 127.0.0.1:5432
 * as user postgres.
 */
public record PostgresServer(String host, int port, String user, String password) {

    public static PostgresServer fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static PostgresServer fromEnvironment(Map<String, String> env) {
        String user = env.getOrDefault("PGUSER", "postgres");
        String password = env.getOrDefault("PGPASSWORD", "");
        String url = env.get("RAPPORTEUR_PG_URL");
        if (url != null && !url.isBlank()) {
            var matcher = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/?.*").matcher(url);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("RAPPORTEUR_PG_URL must look like jdbc:postgresql://HOST:PORT/DB, not " + url);
            }
            return new PostgresServer(matcher.group(1),
                    matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2)), user, password);
        }
        return new PostgresServer(env.getOrDefault("PGHOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("PGPORT", "5432")), user, password);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }
}
