package io.rapporteur.catalog.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.testsupport.kafka.TestKafka;
import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of the catalog in the middle of a run of 1,000 documents, then a restart: afterwards documents, mentions and
 * canonical facts are exactly what the run implies, and every outbox event reached the topic (resends allowed, with
 * the same ce_id and payload: exactly once in effect for a consumer that dedupes by sequence).
 */
class CatalogCrashIT {

    private static final int DOCUMENTS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PostgresServer server;
    private String database;
    private Catalog catalog;
    private OneConnection connection;
    private CatalogProcess process;

    @BeforeEach
    void setUp() throws Exception {
        server = PostgresServer.fromEnvironment();
        database = TestDatabases.create(server, "rapporteur_test_catalog_crash");
        connection = new OneConnection(server.jdbcUrl(database), server.user(), server.password());
        catalog = new Catalog(connection);
        process = new CatalogProcess(Map.of(
                "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password() == null ? "" : server.password(),
                "quarkus.http.port", "0",
                "catalog.consumer.max-poll-records", "100"));
    }

    @AfterEach
    void tearDown() throws Exception {
        process.close();
        connection.close();
        TestDatabases.drop(server, database);
    }

    @Test
    void killedInTheMiddleOfARunAndRestartedTheCatalogEndsExactlyWhereItShould() throws Exception {
        Workload run = new Workload("crash", DOCUMENTS, 20);
        process.start();
        Kafka.sendAll(run.documents);

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptions() // the schema appears when the service has started
                .until(() -> catalog.count("select count(*) from documents") >= DOCUMENTS / 5);
        process.kill();
        long atKill = catalog.count("select count(*) from documents");
        assertTrue(atKill < DOCUMENTS, "killed in the middle of the run, not after it (" + atKill + ")");

        process.start();
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500))
                .until(() -> catalog.count("select count(*) from mentions") == run.mentionTotal()
                        && catalog.count("select count(*) from documents") == DOCUMENTS);
        catalog.awaitOutboxSent();

        assertEquals(DOCUMENTS, catalog.count("select count(*) from documents"));
        assertEquals(run.mentionTotal(), catalog.count("select count(*) from mentions"));
        assertEquals(run.expectedMentions.size(), catalog.count("select count(*) from canonical_facts where not retracted"));
        assertEquals(run.expectedMentions.size(), catalog.count("select count(*) from canonical_facts"));
        for (Map.Entry<String, Integer> expected : run.expectedMentions.entrySet()) {
            assertEquals(expected.getValue().longValue(),
                    catalog.count("select count(*) from mentions where canonical_id = ?", expected.getKey()));
            assertEquals(1, catalog.events(expected.getKey()).stream()
                    .filter(e -> e.path("type").asText().equals("FactRecorded")).count(), "recorded once");
        }
        // one DocumentCataloged per document, no duplicate outbox events from the replayed records
        assertEquals(DOCUMENTS, catalog.count("select count(*) from outbox where type = 'DocumentCataloged'"));
        assertEveryOutboxEventReachedTheTopic();
    }

    private void assertEveryOutboxEventReachedTheTopic() throws Exception {
        Map<String, List<JsonNode>> published = new HashMap<>();
        for (ConsumerRecord<String, String> record : Kafka.readAll(Topics.CATALOG)) {
            var header = record.headers().lastHeader("ce_id");
            published.computeIfAbsent(new String(header.value(), StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(JSON.readTree(record.value()));
        }
        long rows = catalog.count("select count(*) from outbox");
        assertEquals(rows, catalog.count("select max(sequence) from outbox"), "gap-free sequence");
        for (long sequence = 1; sequence <= rows; sequence++) {
            JsonNode payload = JSON.readTree((String) catalog.single("select payload::text from outbox where sequence = ?", sequence));
            assertTrue(published.getOrDefault("catalog-" + sequence, List.of()).contains(payload),
                    "outbox event " + sequence + " is on the topic");
        }
    }
}
