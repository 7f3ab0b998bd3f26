package io.rapporteur.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rapporteur.testsupport.kafka.TestKafka;
import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service under test a real Kafka broker (KRaft, in the test JVM) and, when asked with the init argument
 * {@code database=<prefix>}, a fresh PostgreSQL database on the local server, dropped at the end.
 *
 * <pre>{@code
 * @QuarkusTestResource(value = RapporteurTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
 * }</pre>
 */
public class RapporteurTestResources implements QuarkusTestResourceLifecycleManager {

    private String databasePrefix;
    private String database;
    private PostgresServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        databasePrefix = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        if (databasePrefix != null && !databasePrefix.isBlank()) {
            server = PostgresServer.fromEnvironment();
            database = TestDatabases.create(server, "rapporteur_test_" + databasePrefix);
            config.put("quarkus.datasource.jdbc.url", server.jdbcUrl(database));
            config.put("quarkus.datasource.username", server.user());
            config.put("quarkus.datasource.password", server.password());
        }
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            TestDatabases.drop(server, database);
        }
    }
}
