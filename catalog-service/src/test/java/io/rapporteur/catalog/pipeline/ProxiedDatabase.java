package io.rapporteur.catalog.pipeline;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rapporteur.testsupport.fault.TcpProxy;
import io.rapporteur.testsupport.kafka.TestKafka;
import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;

import java.util.Map;

/**
 * The test broker and a fresh database reached through a {@link TcpProxy}, so that a test can cut the catalog off from
 * PostgreSQL (never stopping the machine's server).
 */
public class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

    static volatile TcpProxy proxy;
    private PostgresServer server;
    private String database;

    @Override
    public Map<String, String> start() {
        server = PostgresServer.fromEnvironment();
        database = TestDatabases.create(server, "rapporteur_test_catalog_fault");
        proxy = TcpProxy.start(server.host(), server.port());
        return Map.of(
                "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password() == null ? "" : server.password());
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            TestDatabases.drop(server, database);
        }
    }
}
