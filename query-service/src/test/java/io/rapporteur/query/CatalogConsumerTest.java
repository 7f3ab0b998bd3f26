package io.rapporteur.query;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.query.support.CatalogTopic;
import io.rapporteur.query.support.Documents;
import io.rapporteur.query.support.Facts;
import io.rapporteur.query.support.SseClient;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.testsupport.RapporteurTestResources;
import io.rapporteur.testsupport.kafka.TestKafka;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RapporteurTestResources.class, initArgs = @ResourceArg(name = "database", value = "query"))
class CatalogConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final EntityRef BRITAIN = new EntityRef("GBR", "the United Kingdom");

    @TestHTTPResource("/api/stream")
    URL stream;

    static final CatalogDocument RELEASE = Documents.pressRelease("UK and Viet Nam hold human rights dialogue", "2000-07",
            "London, July 2000. The United Kingdom and Viet Nam held the fourth round of their human rights dialogue in "
                    + "London. Both sides agreed to hold the next round in Beijing.");
    static final Fact UK_DIALOGUE = Facts.dialogue(List.of(BRITAIN, new EntityRef("VNM", "Viet Nam")), 4, "human rights",
            "2000-07", new io.rapporteur.contract.fact.Place("London", "GBR"),
            "London, July 2000. The United Kingdom and Viet Nam held the fourth round of their human rights dialogue in "
                    + "London.");

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        CatalogEvent recorded = CatalogTopic.recorded(UK_DIALOGUE);
        CatalogTopic.publish(CatalogTopic.cataloged(RELEASE), recorded);
        await().atMost(WAIT).ignoreExceptions().until(() -> given().get("/api/facts/" + UK_DIALOGUE.id()).statusCode() == 200);

        // The same event again (same sequence), even with a different body, must not be applied a second time.
        Fact tampered = new Fact(UK_DIALOGUE.id(), UK_DIALOGUE.type(), UK_DIALOGUE.fields(), UK_DIALOGUE.date(), null,
                "A redelivery must not overwrite anything.", null, 0.1, null, null);
        CatalogTopic.publish(recorded, new CatalogEvent(recorded.type(), recorded.sequence(), recorded.occurredAt(),
                recorded.canonicalId(), tampered, List.of(), null, null, null, null));
        // Then a newer event for the same key (same partition, so applied after them) that adds a source.
        Mention mention = Facts.mention(RELEASE, UK_DIALOGUE);
        CatalogEvent corroborated = CatalogTopic.corroborated(UK_DIALOGUE, mention);
        CatalogTopic.publish(corroborated);
        await().atMost(WAIT).ignoreExceptions().until(() -> given().get("/api/facts/" + UK_DIALOGUE.id()).jsonPath()
                .getList("sources").size() == 1);

        JsonPath fact = given().get("/api/facts/" + UK_DIALOGUE.id()).jsonPath();
        assertEquals(UK_DIALOGUE.evidence(), fact.getString("evidence"));
        assertEquals(List.of(RELEASE.id()), fact.getList("sources.documentId"));
        // An older event arriving late (lower sequence than what is held) changes nothing either.
        CatalogTopic.publish(recorded);

        // The event log holds each applied event once: a full replay for GBR gives recorded + corroborated only.
        try (SseClient client = new SseClient(stream + "?actor=GBR", "0")) {
            SseClient.Event first = client.next(WAIT);
            SseClient.Event second = client.next(WAIT);
            assertNotNull(second);
            assertEquals(List.of(Long.toString(recorded.sequence()), Long.toString(corroborated.sequence())),
                    List.of(first.id(), second.id()));
            assertNull(client.next(Duration.ofSeconds(3)));
        }
        assertEquals(1, given().queryParam("actor", "GBR").get("/api/facts").jsonPath().getList("items").size());
    }

    @Test
    void poisonRecordsAreParkedAndTheConsumerGoesOn() {
        String noHeaders = "poison-" + UUID.randomUUID();
        String noCanonicalId = "poison-" + UUID.randomUUID();
        CatalogTopic.send(new ProducerRecord<>(Topics.CATALOG, noHeaders, "this is not JSON"));
        CatalogTopic.send(KafkaRecords.cloudEvent(Topics.CATALOG, noCanonicalId,
                CloudEvent.of(EventTypes.CATALOG_PREFIX + "FactRecorded.v1", "/rapporteur/catalog-service", null),
                "{\"type\": \"FactRecorded\", \"sequence\": 999999999}"));
        Fact after = Facts.treatyAction("ACCESSION", new EntityRef("LAO", "Laos"),
                new EntityRef("treaty:ICESCR", "International Covenant on Economic, Social and Cultural Rights"),
                "2007-02-13", "Laos acceded to the International Covenant on Economic, Social and Cultural Rights.");
        CatalogTopic.publish(CatalogTopic.recorded(after));
        await().atMost(WAIT).ignoreExceptions().until(() -> given().get("/api/facts/" + after.id()).statusCode() == 200);

        Map<String, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = dlq.partitionsFor(Topics.DLQ_QUERY).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            dlq.assign(partitions);
            dlq.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (reasons.size() < 2 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : dlq.poll(Duration.ofMillis(500))) {
                    Header reason = record.headers().lastHeader(Topics.DLQ_REASON_HEADER);
                    if (reason != null && (noHeaders.equals(record.key()) || noCanonicalId.equals(record.key()))) {
                        reasons.put(record.key(), new String(reason.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertTrue(reasons.getOrDefault(noHeaders, "").contains("CloudEvents"), reasons.toString());
        assertTrue(reasons.getOrDefault(noCanonicalId, "").contains("without canonicalId"), reasons.toString());
    }

    @Test
    void conflictsRetractionsAndWithdrawals() {
        EntityRef france = new EntityRef("FRA", "France");
        EntityRef crc = new EntityRef("treaty:CRC", "Convention on the Rights of the Child");
        Fact early = Facts.treatyAction("RATIFICATION", france, crc, "1990-08-07", "France ratified the CRC in 1990.");
        Fact late = Facts.treatyAction("RATIFICATION", france, crc, "1990-09-07", "France ratified the CRC in 1990.");
        CatalogDocument note = Documents.pressRelease("A note on France", "1990-10",
                "Paris, October 1990. France ratified the CRC in 1990.");
        CatalogTopic.publish(CatalogTopic.cataloged(note), CatalogTopic.recorded(early, Facts.mention(note, early)),
                CatalogTopic.recorded(late), CatalogTopic.conflicted(early.id(), late.id(), "date"));
        await().atMost(WAIT).ignoreExceptions().until(() -> given().get("/api/facts/" + early.id()).jsonPath().getList("conflicts").size() == 1);
        JsonPath conflicted = given().get("/api/facts/" + early.id()).jsonPath();
        assertEquals(late.id(), conflicted.getString("conflicts[0].id"));
        assertEquals("date", conflicted.getString("conflicts[0].field"));
        assertEquals(early.id(), given().get("/api/facts/" + late.id()).jsonPath().getString("conflicts[0].id"));

        CatalogTopic.publish(CatalogTopic.retracted(late.id()));
        await().atMost(WAIT).ignoreExceptions().until(() -> given().get("/api/facts/" + late.id()).statusCode() == 404);
        await().atMost(WAIT).ignoreExceptions().until(() -> given().get("/api/facts/" + early.id()).jsonPath().getList("conflicts").isEmpty());

        given().get("/api/documents/" + note.id()).then().statusCode(200);
        CatalogTopic.publish(CatalogTopic.withdrawn(note.id()));
        await().atMost(WAIT).ignoreExceptions().until(() -> given().get("/api/documents/" + note.id()).statusCode() == 404);
        assertEquals(List.of(), given().get("/api/facts/" + early.id()).jsonPath().getList("sources"));
    }
}
