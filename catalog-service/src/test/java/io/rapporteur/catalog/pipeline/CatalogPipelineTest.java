package io.rapporteur.catalog.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.catalog.consume.BatchApplier;
import io.rapporteur.testsupport.kafka.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import java.util.concurrent.TimeUnit;
import io.rapporteur.catalog.consume.RecordReader;
import io.rapporteur.catalog.documents.DocumentStore;
import io.rapporteur.catalog.entities.EntityLabels;
import io.rapporteur.catalog.entities.EntityStore;
import io.rapporteur.catalog.facts.ConflictRules;
import io.rapporteur.catalog.facts.FactStore;
import io.rapporteur.catalog.outbox.Outbox;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.testsupport.RapporteurTestResources;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static io.rapporteur.catalog.pipeline.Documents.exchange;
import static io.rapporteur.catalog.pipeline.Documents.ref;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog against a real broker and a real PostgreSQL database: records in, rows and catalog events out. */
@QuarkusTest
@QuarkusTestResource(value = RapporteurTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class CatalogPipelineTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private Catalog catalog;

    @BeforeEach
    void setUp() {
        catalog = new Catalog(dataSource);
    }

    private void publish(Documents... documents) {
        for (Documents document : documents) {
            catalog.awaitApplied(Kafka.send(Kafka.submitted(document)));
            catalog.awaitApplied(Kafka.send(Kafka.extracted(document)));
        }
    }

    @Test
    void theSameFactFromTwoDocumentsIsOneCanonicalFactWithTwoMentions() {
        Map<String, Object> fromA = exchange("DIALOGUE", 9, ref("CHN", "China"), ref("GBR", "the United Kingdom"));
        fromA.put("topic", "human rights");
        Documents a = new Documents("White paper A").says(
                "China and the United Kingdom held the ninth round of their human rights dialogue in February 2000.",
                FactType.EXCHANGE, fromA, "2000-02", 0.9);
        Map<String, Object> fromB = exchange("DIALOGUE", 9, ref("CHN", "China"), ref("GBR", "UK"));
        fromB.put("place", new Place("Beijing", "CHN"));
        Documents b = new Documents("Press release B").says(
                "The ninth China-UK dialogue was held in Beijing in February 2000.",
                FactType.EXCHANGE, fromB, "2000-02", 0.7);

        publish(a, b);

        String canonicalId = FactIdentity.canonicalId(a.facts().get(0));
        assertEquals(canonicalId, FactIdentity.canonicalId(b.facts().get(0)), "same key fields, same canonical id");
        assertEquals(1, catalog.count("select count(*) from canonical_facts where id = ?", canonicalId));
        assertEquals(Set.of(a.id(), b.id()), Set.copyOf(catalog.column(
                "select document_id from mentions where canonical_id = ?", canonicalId)));
        assertEquals(List.of("FactRecorded", "FactCorroborated"), catalog.eventTypes(canonicalId));
        JsonNode last = catalog.events(canonicalId).get(1);
        assertEquals(2, last.path("mentions").size());
        assertEquals(canonicalId, last.path("fact").path("id").asText());

        given().get("/api/facts/{id}", canonicalId).then().statusCode(200)
                .body("retracted", equalTo(false))
                .body("mentions", hasSize(2))
                // non-key fields merged: the topic from A (more confident), the place only B gives
                .body("fact.topic", equalTo("human rights"))
                .body("fact.place.name", equalTo("Beijing"))
                .body("fact.participants.text", org.hamcrest.Matchers.hasItem("the United Kingdom"))
                .body("conflictsWith", hasSize(0));
        given().get("/api/documents/{id}", b.id()).then().statusCode(200)
                .body("mentionCount", equalTo(1)).body("title", equalTo("Press release B"));
    }

    @Test
    void twoDatesForTheSameNumberedRoundAreAConflictButUnnumberedRoundsAreNot() {
        Documents c = new Documents("Report C")
                .says("The fourth round of the China-Australia human rights dialogue was held in August 2000.",
                        FactType.EXCHANGE, exchange("DIALOGUE", 4, ref("CHN", "China"), ref("AUS", "Australia")), "2000-08", 0.9)
                .says("China and Norway held human rights consultations in 2001.",
                        FactType.EXCHANGE, exchange("CONSULTATION", null, ref("CHN", "China"), ref("NOR", "Norway")), "2001", 0.9);
        Documents d = new Documents("Report D")
                .says("Australia and China held the fourth round of their dialogue in October 2000.",
                        FactType.EXCHANGE, exchange("DIALOGUE", 4, ref("CHN", "China"), ref("AUS", "Australia")), "2000-10", 0.8)
                .says("Norway and China held human rights consultations in 2002.",
                        FactType.EXCHANGE, exchange("CONSULTATION", null, ref("CHN", "China"), ref("NOR", "Norway")), "2002", 0.8);

        publish(c, d);

        String august = FactIdentity.canonicalId(c.facts().get(0));
        String october = FactIdentity.canonicalId(d.facts().get(0));
        assertFalse(august.equals(october));
        assertEquals(1, catalog.count("select count(*) from conflicts where fact_a = ? and fact_b = ?",
                min(august, october), max(august, october)));
        for (Fact norway : List.of(c.facts().get(1), d.facts().get(1))) {
            assertEquals(0, catalog.count("select count(*) from conflicts where ? in (fact_a, fact_b)",
                    FactIdentity.canonicalId(norway)), "two unnumbered consultations are two rounds");
        }
        JsonNode conflicted = catalog.events(october).stream()
                .filter(e -> e.path("type").asText().equals("FactConflicted")).findFirst().orElseThrow();
        assertEquals(august, conflicted.path("conflictsWith").get(0).asText());
        assertEquals("date", conflicted.path("conflictField").asText());
        assertTrue(catalog.eventTypes(august).contains("FactConflicted"));
        given().get("/api/facts/{id}", august).then().statusCode(200).body("conflictsWith", equalTo(List.of(october)));
    }

    @Test
    void redeliveredAndRepublishedRecordsChangeNothing() throws Exception {
        Documents e = new Documents("Report E").says(
                "China acceded to the Convention against Torture in October 1988.", FactType.TREATY_ACTION,
                Map.of("action", "RATIFICATION", "actor", ref("CHN", "China"),
                        "treaty", ref("treaty:CAT", "Convention against Torture")), "1988-10", 0.95);
        publish(e);
        Map<String, Long> before = catalog.tableCounts();

        // the same records published again (a producer retry, a re-extraction giving the same facts)
        publish(e);
        assertEquals(before, catalog.tableCounts());

        // a crash between the database commit and the offset commit: the very same offsets come back
        Documents f = new Documents("Report F").says(
                "China signed the Convention on the Rights of Persons with Disabilities in March 2007.",
                FactType.TREATY_ACTION, Map.of("action", "SIGNATURE", "actor", ref("CHN", "China"),
                        "treaty", ref("treaty:CRPD", "Convention on the Rights of Persons with Disabilities")), "2007-03", 0.9);
        List<ConsumerRecord<String, String>> batch = List.of(
                consumed(Kafka.submitted(f), 99, 0), consumed(Kafka.extracted(f), 99, 0));
        BatchApplier applier = new BatchApplier(dataSource, new RecordReader(mapper), new DocumentStore(),
                new FactStore(mapper, new EntityStore(), ConflictRules.standard()), new Outbox(mapper),
                (record, reason) -> { throw new AssertionError("nothing to park: " + reason); });
        int firstTime = applier.apply(batch);
        Map<String, Long> afterFirst = catalog.tableCounts();
        int secondTime = applier.apply(batch);

        assertEquals(2, firstTime, "DocumentCataloged and FactRecorded");
        assertEquals(0, secondTime);
        assertEquals(afterFirst, catalog.tableCounts());
        assertEquals(1L, ((Number) catalog.single("select next_offset from consumed_offsets where topic = ? and partition = 99",
                Topics.FACTS)).longValue());
    }

    @Test
    void oneBatchAppliesItsRecordsInOrderEvenWhenItWritesThemSetWise() throws Exception {
        Documents a = new Documents("Report K")
                .says("Norway ratified the Convention against Torture in July 1986.", FactType.TREATY_ACTION,
                        Map.of("action", "RATIFICATION", "actor", ref("NOR", "Norway"),
                                "treaty", ref("treaty:CAT", "Convention against Torture")), "1986-07", 0.9)
                .says("Norway signed the Convention on the Rights of the Child in January 1990.", FactType.TREATY_ACTION,
                        Map.of("action", "SIGNATURE", "actor", ref("NOR", "Norway"),
                                "treaty", ref("treaty:CRC", "Convention on the Rights of the Child")), "1990-01", 0.9);
        Documents b = new Documents("Report L")
                .says("Sweden ratified the Convention against Torture in January 1986.", FactType.TREATY_ACTION,
                        Map.of("action", "RATIFICATION", "actor", ref("SWE", "Sweden"),
                                "treaty", ref("treaty:CAT", "Convention against Torture")), "1986-01", 0.9);
        Fact kept = a.facts().get(0);
        Fact dropped = a.facts().get(1);
        // A's facts, B's facts, a re-extraction of A without its second fact, B withdrawn, B's facts arriving late
        List<ConsumerRecord<String, String>> batch = List.of(
                consumed(Kafka.extracted(a), 98, 0),
                consumed(Kafka.extracted(b), 98, 1),
                consumed(Kafka.extracted(a.id(), List.of(kept)), 98, 2),
                consumed(Kafka.withdrawal(b.id()), 98, 0),
                consumed(Kafka.extracted(b), 98, 3));
        BatchApplier applier = new BatchApplier(dataSource, new RecordReader(mapper), new DocumentStore(),
                new FactStore(mapper, new EntityStore(), ConflictRules.standard()), new Outbox(mapper),
                (record, reason) -> { throw new AssertionError("nothing to park: " + reason); });

        applier.apply(batch);

        assertEquals(List.of(a.id()), catalog.column("select document_id from mentions where canonical_id = ?",
                FactIdentity.canonicalId(kept)));
        assertEquals(List.of("FactRecorded"), catalog.eventTypes(FactIdentity.canonicalId(kept)));
        // stated, then taken back within the batch: never a fact, never announced
        assertEquals(0L, catalog.count("select count(*) from canonical_facts where id = ?",
                FactIdentity.canonicalId(dropped)));
        assertEquals(List.of(), catalog.eventTypes(FactIdentity.canonicalId(dropped)));
        String swedenCat = FactIdentity.canonicalId(b.facts().get(0));
        assertEquals(0L, catalog.count("select count(*) from mentions where canonical_id = ?", swedenCat));
        assertEquals(List.of(), catalog.eventTypes(swedenCat));
        assertEquals(List.of("DocumentWithdrawn"), catalog.eventTypes(b.id()));
        assertEquals(0L, catalog.count("select count(*) from entity_mentions where mention_id not in (select id from mentions)"),
                "no entity link outlives its mention");
    }

    @Test
    void withdrawingADocumentRetractsTheFactsItAloneSupported() {
        Map<String, Object> visit = Map.of("visitor", ref("person:mary-robinson", "Mary Robinson"),
                "destination", ref("CHN", "China"));
        Map<String, Object> seminar = exchange("SEMINAR", null, ref("CHN", "China"), ref("org:EU", "the European Union"));
        Documents g = new Documents("Report G")
                .says("Mary Robinson visited China in November 2000.", FactType.VISIT, visit, "2000-11", 0.9)
                .says("China and the European Union held a legal seminar in 2000.", FactType.EXCHANGE, seminar, "2000", 0.9);
        Documents h = new Documents("Report H")
                .says("In 2000 China and the European Union held a seminar.", FactType.EXCHANGE,
                        exchange("SEMINAR", null, ref("CHN", "China"), ref("org:EU", "European Union")), "2000", 0.8);
        publish(g, h);
        String visitId = FactIdentity.canonicalId(g.facts().get(0));
        String seminarId = FactIdentity.canonicalId(g.facts().get(1));
        long robinsonMentions = mentionCount("person:mary-robinson");
        assertTrue(robinsonMentions >= 1);

        catalog.awaitApplied(Kafka.send(Kafka.withdrawal(g.id())));

        assertEquals(Boolean.TRUE, catalog.single("select retracted from canonical_facts where id = ?", visitId));
        assertEquals(Boolean.FALSE, catalog.single("select retracted from canonical_facts where id = ?", seminarId));
        assertEquals(List.of(h.id()), catalog.column("select document_id from mentions where canonical_id = ?", seminarId));
        assertEquals("FactRetracted", last(catalog.eventTypes(visitId)));
        JsonNode seminarEvent = catalog.events(seminarId).get(catalog.events(seminarId).size() - 1);
        assertEquals("FactCorroborated", seminarEvent.path("type").asText());
        assertEquals(1, seminarEvent.path("mentions").size());
        assertEquals(List.of("DocumentCataloged", "DocumentWithdrawn"), catalog.eventTypes(g.id()));
        assertEquals(robinsonMentions - 1, mentionCount("person:mary-robinson"));
        given().get("/api/facts/{id}", visitId).then().statusCode(200).body("retracted", equalTo(true))
                .body("mentions", hasSize(0));

        // extraction that finishes after the withdrawal brings nothing back
        catalog.awaitApplied(Kafka.send(Kafka.extracted(g)));
        assertEquals(0, catalog.count("select count(*) from mentions where document_id = ?", g.id()));
        assertEquals("FactRetracted", last(catalog.eventTypes(visitId)));
    }

    @Test
    void poisonRecordsAreParkedWithTheirReasonAndTheNextRecordIsApplied() {
        Documents good = new Documents("Report after poison").says(
                "China ratified the Convention on the Rights of the Child in March 1992.", FactType.TREATY_ACTION,
                Map.of("action", "RATIFICATION", "actor", ref("CHN", "China"),
                        "treaty", ref("treaty:CRC", "Convention on the Rights of the Child")), "1992-03", 0.9);
        String key = good.id();
        String badFact = "{\"documentId\":\"" + key + "\",\"facts\":[{\"type\":\"VISIT\",\"visitor\":{\"id\":\"CHN\"},"
                + "\"colour\":\"red\",\"date\":null,\"evidence\":\"x\"}]}";
        List<ProducerRecord<String, String>> poison = List.of(
                Kafka.cloudEvent(Topics.FACTS, key, EventTypes.FACTS_EXTRACTED, "{not json"),
                Kafka.cloudEvent(Topics.FACTS, key, EventTypes.FACTS_EXTRACTED, badFact),
                Kafka.cloudEvent(Topics.DOCUMENTS, key, "io.rapporteur.document.shredded.v1", "{}"),
                new ProducerRecord<>(Topics.FACTS, key, "{}"));
        List<RecordMetadata> sent = poison.stream().map(Kafka::send).toList();
        publish(good);
        sent.forEach(catalog::awaitApplied);

        assertEquals(1, catalog.count("select count(*) from mentions where document_id = ?", key));
        Map<String, String> reasons = new HashMap<>();
        for (String dlq : List.of(Topics.DLQ_CATALOG_FACTS, Topics.DLQ_CATALOG_DOCUMENTS)) {
            for (ConsumerRecord<String, String> parked : Kafka.readAll(dlq)) {
                if (key.equals(parked.key())) {
                    reasons.put(parked.topic() + "@" + header(parked, "dead-letter-offset"),
                            header(parked, Topics.DLQ_REASON_HEADER));
                }
            }
        }
        assertEquals(4, reasons.size(), reasons.toString());
        assertTrue(reasons.get(Topics.DLQ_CATALOG_FACTS + "@" + sent.get(0).offset()).contains("not JSON"));
        assertTrue(reasons.get(Topics.DLQ_CATALOG_FACTS + "@" + sent.get(1).offset()).contains("'colour' is not a field of VISIT"));
        assertTrue(reasons.get(Topics.DLQ_CATALOG_DOCUMENTS + "@" + sent.get(2).offset()).contains("unknown ce_type"));
        assertTrue(reasons.get(Topics.DLQ_CATALOG_FACTS + "@" + sent.get(3).offset()).contains("CloudEvents"));
    }

    @Test
    void aRecordTheDatabaseRefusesIsParkedWhileTheRestOfItsBatchIsStored() {
        // a NUL character reads as valid JSON but PostgreSQL stores no 0x00 in text: the write fails with the
        // database up, so the consumer isolates the record instead of retrying the batch forever
        Documents refused = new Documents("Report the database refuses").says(
                "China signed the Convention against Torture in December 1986.", FactType.TREATY_ACTION,
                Map.of("action", "SIGNATURE", "actor", ref("CHN", "Chi\u0000na"),
                        "treaty", ref("treaty:CAT", "Convention against Torture")), "1986-12", 0.9);
        Documents stored = new Documents("Report stored beside it").says(
                "China ratified the Convention against Torture in October 1988.", FactType.TREATY_ACTION,
                Map.of("action", "RATIFICATION", "actor", ref("CHN", "China"),
                        "treaty", ref("treaty:CAT", "Convention against Torture")), "1988-10", 0.9);
        catalog.awaitApplied(Kafka.send(Kafka.submitted(refused)));
        catalog.awaitApplied(Kafka.send(Kafka.submitted(stored)));
        RecordMetadata refusedFacts = Kafka.send(Kafka.extracted(refused));
        RecordMetadata storedFacts = Kafka.send(Kafka.extracted(stored));
        catalog.awaitApplied(refusedFacts);
        catalog.awaitApplied(storedFacts);

        assertEquals(0, catalog.count("select count(*) from mentions where document_id = ?", refused.id()));
        assertEquals(1, catalog.count("select count(*) from mentions where document_id = ?", stored.id()));
        List<String> reasons = Kafka.readAll(Topics.DLQ_CATALOG_FACTS).stream()
                .filter(parked -> refused.id().equals(parked.key()))
                .map(parked -> header(parked, Topics.DLQ_REASON_HEADER)).toList();
        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("the catalog cannot store this record"), reasons.get(0));
    }

    @Test
    void theCatalogTopicCarriesEveryOutboxEventOnceInSequenceOrderAsCloudEvents() throws Exception {
        publish(new Documents("Report I").says("China and Laos held consultations on human rights in 2003.",
                FactType.EXCHANGE, exchange("CONSULTATION", null, ref("CHN", "China"), ref("LAO", "Laos")), "2003", 0.9));
        catalog.awaitOutboxSent();
        long lastSequence = catalog.count("select max(sequence) from outbox");

        // the topic may also hold events of other catalog databases (other test classes share the broker): this
        // catalog's events are the records whose ce_id and payload match a row of its outbox
        Map<Long, JsonNode> outbox = new HashMap<>();
        for (long sequence = 1; sequence <= lastSequence; sequence++) {
            outbox.put(sequence, mapper.readTree((String) catalog.single(
                    "select payload::text from outbox where sequence = ?", sequence)));
        }
        Map<Long, ConsumerRecord<String, String>> bySequence = new HashMap<>();
        Map<Integer, Long> lastPerPartition = new HashMap<>();
        for (ConsumerRecord<String, String> record : Kafka.readAll(Topics.CATALOG)) {
            JsonNode event = mapper.readTree(record.value());
            long sequence = event.path("sequence").asLong();
            if (!event.equals(outbox.get(sequence)) || !("catalog-" + sequence).equals(header(record, "ce_id"))) {
                continue;
            }
            if (bySequence.containsKey(sequence)) {
                // An exact copy of an event already seen: another catalog of this test JVM (the fault tests' own
                // processes) re-read the same input records into its own database and published the same events, or
                // the relay resent after a lost acknowledgement. Consumers apply an event once by its sequence, so a
                // copy changes nothing: "once in effect". It must still be identical and in the same partition.
                assertEquals(bySequence.get(sequence).partition(), record.partition(), "a copy lands in the same partition");
                continue;
            }
            assertEquals(EventTypes.catalog(io.rapporteur.contract.events.CatalogEventType.valueOf(
                    event.path("type").asText())), header(record, "ce_type"));
            assertEquals("/rapporteur/catalog-service", header(record, "ce_source"));
            assertEquals("1.0", header(record, "ce_specversion"));
            String expectedKey = event.hasNonNull("canonicalId") ? event.path("canonicalId").asText()
                    : event.path("documentId").asText();
            assertEquals(expectedKey, record.key());
            assertNotNull(KafkaRecords.cloudEventOf(record).time());
            assertTrue(sequence > lastPerPartition.getOrDefault(record.partition(), 0L), "in order per partition");
            lastPerPartition.put(record.partition(), sequence);
            bySequence.put(sequence, record);
        }
        assertEquals(LongStream.rangeClosed(1, lastSequence).boxed().collect(Collectors.toSet()), bySequence.keySet(),
                "every outbox event reached the topic, none twice, no gap");
    }

    @Test
    void entitiesAreRegisteredWithKindLabelSurfaceFormsAndCounts() {
        Documents j = new Documents("Report J")
                .says("Asma Jahangir visited the Lao People's Democratic Republic in 2004.", FactType.VISIT,
                        Map.of("visitor", ref("person:asma-jahangir", "Asma Jahangir"),
                                "destination", ref("LAO", "the Lao People's Democratic Republic")), "2004", 0.9)
                .says("Ms Jahangir met officials of Laos in Vientiane in 2004.", FactType.MEETING,
                        Map.of("participants", List.of(ref("person:asma-jahangir", "Ms Jahangir"), ref("LAO", "Laos")),
                                "place", new Place("Vientiane", "LAO")), "2004", 0.6);
        publish(j);

        given().get("/api/entities/{id}", "person:asma-jahangir").then().statusCode(200)
                .body("kind", equalTo("person"))
                .body("mentionCount", equalTo(2)).body("factCount", equalTo(2)).body("documentCount", equalTo(1))
                .body("surfaceForms.text", org.hamcrest.Matchers.containsInAnyOrder("Asma Jahangir", "Ms Jahangir"));
        given().get("/api/entities/{id}", "place:LAO:vientiane").then().statusCode(200)
                .body("kind", equalTo("place")).body("label", equalTo("Vientiane"));
        given().queryParam("kind", "state").queryParam("q", "laos").get("/api/entities").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem("LAO"))
                .body("items.find { it.id == 'LAO' }.label", equalTo(EntityLabels.standard().labelOf("LAO").orElseThrow()))
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("state")));

        List<String> all = given().queryParam("limit", 500).queryParam("kind", "state").get("/api/entities").then()
                .statusCode(200).body("nextCursor", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath().getList("items.id", String.class);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2).queryParam("kind", "state");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/entities").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(all, paged);
        assertEquals(new TreeSet<>(all).stream().toList(), all, "ordered by id, no duplicates");
        assertTrue(all.containsAll(List.of("CHN", "LAO")), all.toString());
    }

    @Test
    void theTopicsKeepEverythingSoThatReadModelsCanBeRebuiltFromTheStart() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            for (String topic : List.of(Topics.CATALOG, Topics.FACTS, Topics.DOCUMENTS, Topics.DLQ_CATALOG_FACTS)) {
                Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                        .all().get(30, TimeUnit.SECONDS).values().iterator().next();
                assertEquals("-1", config.get(TopicConfig.RETENTION_MS_CONFIG).value(), topic + " retention.ms");
            }
        }
    }

    @Test
    void badRequestsGetProblemsNotErrors() {
        given().get("/api/entities/{id}", "org:NOWHERE").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("org:NOWHERE"));
        given().queryParam("kind", "planet").get("/api/entities").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("planet"));
        given().queryParam("limit", 0).get("/api/entities").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", "ten").get("/api/entities").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'ten'"));
        given().queryParam("cursor", "%%%").get("/api/entities").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/facts/{id}", "fct-none").then().statusCode(404).contentType("application/problem+json");
        // PostgreSQL cannot compare text holding a NUL: refused before any query (it was a 500)
        given().urlEncodingEnabled(false).get("/api/facts/fct-%00").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("NUL"));
        given().urlEncodingEnabled(false).get("/api/entities?q=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'q'"));
        given().get("/api/documents/{id}", "doc-none").then().statusCode(404).contentType("application/problem+json");
        given().accept(ContentType.JSON).get("/q/health/ready").then().statusCode(200);
    }

    private long mentionCount(String entityId) {
        return given().get("/api/entities/{id}", entityId).then().statusCode(200).extract().jsonPath().getLong("mentionCount");
    }

    static ConsumerRecord<String, String> consumed(ProducerRecord<String, String> record, int partition, long offset) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        return new ConsumerRecord<>(record.topic(), partition, offset, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                -1, -1, record.key(), record.value(), headers, Optional.empty());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String last(List<String> values) {
        return values.get(values.size() - 1);
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
