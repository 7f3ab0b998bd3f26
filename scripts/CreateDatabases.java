import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the databases of ./rapporteur up when psql is not installed. Run as a single-file program:
 * {@code java -cp <postgresql driver> scripts/CreateDatabases.java JDBC_URL USER DATABASE...};
 * the password comes from RAPPORTEUR_PG_PASSWORD so it never shows in a process list.
 */
public class CreateDatabases {

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: CreateDatabases JDBC_URL USER DATABASE...");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("RAPPORTEUR_PG_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(args[0], args[1], password)) {
            for (int i = 2; i < args.length; i++) {
                createIfMissing(connection, args[i]);
            }
        } catch (SQLException e) {
            System.err.println("error: PostgreSQL at " + args[0] + " as user '" + args[1] + "': " + e.getMessage());
            System.exit(1);
        }
    }

    private static void createIfMissing(Connection connection, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new SQLException("database name '" + database + "' must be lower-case letters, digits and _");
        }
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (exists.executeQuery().next()) {
                return;
            }
        }
        // CREATE DATABASE takes no bind parameters; the name was checked above.
        try (Statement create = connection.createStatement()) {
            create.executeUpdate("CREATE DATABASE \"" + database + "\"");
        }
        System.out.println("  ok created database " + database);
    }
}
