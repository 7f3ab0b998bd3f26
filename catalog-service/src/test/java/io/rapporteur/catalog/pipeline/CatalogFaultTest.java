package io.rapporteur.catalog.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.testsupport.kafka.TestKafka;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog under faults, with the real broker and database: PostgreSQL cut off in the middle of a run (through a
 * TCP proxy), the broker restarted in the middle of a run. Afterwards every count is what the run implies and every
 * outbox event reached the topic.
 */
@QuarkusTest
@QuarkusTestResource(ProxiedDatabase.class)
class CatalogFaultTest {

    private static final int DOCUMENTS = 400;
    private static final int SHARED = 10;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private Catalog catalog;

    @BeforeEach
    void setUp() {
        catalog = new Catalog(dataSource);
    }

    @Test
    void aDatabaseOutageDelaysButNeitherLosesNorDuplicatesNorDeadLetters() throws Exception {
        Workload run = new Workload(tag(), DOCUMENTS, SHARED);
        Kafka.sendAll(run.documents.subList(0, DOCUMENTS / 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> appliedDocuments(run) > 0);

        ProxiedDatabase.proxy.cut();
        try {
            Kafka.sendAll(run.documents.subList(DOCUMENTS / 2, DOCUMENTS));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(503));
            Thread.sleep(2_000);
        } finally {
            ProxiedDatabase.proxy.restore();
        }

        awaitComplete(run);
        assertNothingParked(run);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aBrokerRestartDelaysButNeitherLosesNorDuplicates() throws Exception {
        Workload run = new Workload(tag(), DOCUMENTS, SHARED);
        Kafka.sendAll(run.documents.subList(0, DOCUMENTS / 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> appliedDocuments(run) > 0);

        TestKafka.broker().stop();
        Thread.sleep(3_000);
        TestKafka.broker().start();
        Kafka.sendAll(run.documents.subList(DOCUMENTS / 2, DOCUMENTS));

        awaitComplete(run);
        assertNothingParked(run);
    }

    private void awaitComplete(Workload run) throws Exception {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> mentions(run) == run.mentionTotal() && appliedDocuments(run) == run.documents.size());
        catalog.awaitOutboxSent();

        assertEquals(run.documents.size(), appliedDocuments(run));
        assertEquals(run.mentionTotal(), mentions(run));
        for (Map.Entry<String, Integer> expected : run.expectedMentions.entrySet()) {
            String id = expected.getKey();
            assertEquals(Boolean.FALSE, catalog.single("select retracted from canonical_facts where id = ?", id));
            assertEquals(expected.getValue().longValue(),
                    catalog.count("select count(*) from mentions where canonical_id = ?", id));
            // the last event of each fact carries exactly its sources: no lost and no doubled mention
            List<JsonNode> events = catalog.events(id);
            assertEquals(expected.getValue().intValue(), events.get(events.size() - 1).path("mentions").size());
            assertEquals("FactRecorded", events.get(0).path("type").asText(), "recorded once, first");
            assertEquals(1, events.stream().filter(e -> e.path("type").asText().equals("FactRecorded")).count());
        }
        for (Documents document : run.documents) {
            assertEquals(List.of("DocumentCataloged"), catalog.eventTypes(document.id()));
        }
        assertEveryOutboxEventReachedTheTopic();
    }

    /** Exactly once in effect: each outbox row is on the topic (resends carry the same ce_id and payload). */
    private void assertEveryOutboxEventReachedTheTopic() throws Exception {
        Map<String, List<JsonNode>> published = new HashMap<>();
        for (ConsumerRecord<String, String> record : Kafka.readAll(Topics.CATALOG)) {
            published.computeIfAbsent(header(record, "ce_id"), k -> new ArrayList<>()).add(mapper.readTree(record.value()));
        }
        long rows = catalog.count("select count(*) from outbox");
        for (long sequence = 1; sequence <= rows; sequence++) {
            JsonNode payload = mapper.readTree((String) catalog.single(
                    "select payload::text from outbox where sequence = ?", sequence));
            List<JsonNode> candidates = published.getOrDefault("catalog-" + sequence, List.of());
            assertTrue(candidates.contains(payload), "outbox event " + sequence + " is on the topic");
        }
        assertEquals(rows, catalog.count("select max(sequence) from outbox"), "gap-free sequence");
    }

    private void assertNothingParked(Workload run) {
        List<String> ids = run.documents.stream().map(Documents::id).toList();
        for (String dlq : List.of(Topics.DLQ_CATALOG_DOCUMENTS, Topics.DLQ_CATALOG_FACTS)) {
            assertTrue(Kafka.readAll(dlq).stream().noneMatch(r -> ids.contains(r.key())), "nothing of the run on " + dlq);
        }
    }

    private long appliedDocuments(Workload run) {
        return catalog.count("select count(*) from documents where title like ?", "Fault run " + tag(run) + " #%");
    }

    private long mentions(Workload run) {
        return catalog.count("select count(*) from mentions m join documents d on d.id = m.document_id "
                + "where d.title like ?", "Fault run " + tag(run) + " #%");
    }

    private static String tag(Workload run) {
        String title = run.documents.get(0).title;
        return title.substring("Fault run ".length(), title.indexOf(" #"));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
