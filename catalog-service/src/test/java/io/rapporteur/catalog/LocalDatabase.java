package io.rapporteur.catalog;

import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A fresh database on the local PostgreSQL for one test class, dropped after it; empty, or with the catalog's schema
 * as its Flyway migrations make it. Register it as a static {@code @RegisterExtension} field.
 */
public final class LocalDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final PostgresServer SERVER = PostgresServer.fromEnvironment();

    private final String prefix;
    private final boolean catalogSchema;
    private String name;

    private LocalDatabase(String prefix, boolean catalogSchema) {
        this.prefix = prefix;
        this.catalogSchema = catalogSchema;
    }

    public static LocalDatabase empty(String prefix) {
        return new LocalDatabase(prefix, false);
    }

    public static LocalDatabase withCatalogSchema(String prefix) {
        return new LocalDatabase(prefix, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        name = TestDatabases.create(SERVER, prefix);
        if (catalogSchema) {
            Flyway.configure().dataSource(SERVER.jdbcUrl(name), SERVER.user(), SERVER.password())
                    .locations("classpath:db/migration").load().migrate();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabases.drop(SERVER, name);
    }

    public Connection connect() throws SQLException {
        return SERVER.connect(name);
    }
}
