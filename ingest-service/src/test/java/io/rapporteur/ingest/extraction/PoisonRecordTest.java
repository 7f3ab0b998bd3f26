package io.rapporteur.ingest.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.ingest.support.TopicRecords;
import io.rapporteur.service.kafka.DeadLetters;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.testsupport.RapporteurTestResources;
import io.rapporteur.testsupport.kafka.TestKafka;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records the worker cannot read are parked on its dead-letter topic with the reason, and the worker goes on with the
 * next record of the same partition (all records here share one key, hence one partition, in this order).
 */
@QuarkusTest
@QuarkusTestResource(RapporteurTestResources.class)
class PoisonRecordTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void poisonIsParkedAndTheNextDocumentIsStillExtracted() throws Exception {
        String text = "After the poison " + UUID.randomUUID() + ". On 27 March 2001 China ratified the ICESCR.";
        String id = DocumentIds.of(text);
        DocumentSubmitted good = new DocumentSubmitted(id, "good", text, null, "2001", "en", "text/plain",
                Instant.now().toString());
        DocumentSubmitted mislabelled = new DocumentSubmitted(id, "wrong id", text + " Changed.", null, null, null,
                "text/plain", Instant.now().toString());
        try (KafkaProducer<String, String> producer = producer()) {
            // not JSON at all, with proper headers
            producer.send(KafkaRecords.cloudEvent(Topics.DOCUMENTS, id, submittedEvent(id), "{not json")).get();
            // a good body without any CloudEvents header
            producer.send(new ProducerRecord<>(Topics.DOCUMENTS, id, mapper.writeValueAsString(good))).get();
            // a type nobody knows
            producer.send(KafkaRecords.cloudEvent(Topics.DOCUMENTS, id,
                    CloudEvent.of("io.example.unknown.v1", "/test", id), mapper.writeValueAsString(good))).get();
            // a text that is not the one its id names
            producer.send(KafkaRecords.cloudEvent(Topics.DOCUMENTS, id, submittedEvent(id),
                    mapper.writeValueAsString(mislabelled))).get();
            // and then a good one
            producer.send(KafkaRecords.cloudEvent(Topics.DOCUMENTS, id, submittedEvent(id),
                    mapper.writeValueAsString(good))).get();
        }

        List<ConsumerRecord<String, String>> parked = TopicRecords.await(Topics.DLQ_EXTRACTION,
                TopicRecords.keyed(id), 4, Duration.ofSeconds(60));
        assertEquals(4, parked.size());
        assertReason(parked.get(0), "not a DocumentSubmitted JSON");
        assertReason(parked.get(1), "CloudEvents");
        assertReason(parked.get(2), "unknown ce_type 'io.example.unknown.v1'");
        assertReason(parked.get(3), "is not the id of the text");
        for (ConsumerRecord<String, String> record : parked) {
            assertEquals(Topics.DOCUMENTS, TopicRecords.header(record, DeadLetters.ORIGIN_TOPIC));
            assertNotNull(TopicRecords.header(record, DeadLetters.ORIGIN_OFFSET));
        }

        ConsumerRecord<String, String> facts = TopicRecords.await(Topics.FACTS, TopicRecords.keyed(id), 1,
                Duration.ofSeconds(60)).get(0);
        FactsExtracted extracted = mapper.readValue(facts.value(), FactsExtracted.class);
        assertEquals(id, extracted.documentId());
    }

    @Test
    void withdrawalRequestsAreLeftToTheCatalog() throws Exception {
        String id = DocumentIds.of("withdrawal only " + UUID.randomUUID());
        String marker = DocumentIds.of("after " + UUID.randomUUID());
        String text = "Marker document " + marker + ".";
        String markerId = DocumentIds.of(text);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(KafkaRecords.cloudEvent(Topics.DOCUMENTS, id,
                    CloudEvent.of(EventTypes.DOCUMENT_WITHDRAWAL_REQUESTED, "/test", id),
                    "{\"documentId\": \"" + id + "\", \"reason\": null, \"requestedAt\": \"2026-01-01T00:00:00Z\"}")).get();
            producer.send(KafkaRecords.cloudEvent(Topics.DOCUMENTS, markerId, submittedEvent(markerId),
                    mapper.writeValueAsString(new DocumentSubmitted(markerId, "m", text, null, null, null,
                            "text/plain", Instant.now().toString())))).get();
        }
        // once a later document is done, the withdrawal has been seen: neither parked nor answered with facts
        TopicRecords.await(Topics.FACTS, TopicRecords.keyed(markerId), 1, Duration.ofSeconds(60));
        assertTrue(TopicRecords.readAll(Topics.DLQ_EXTRACTION).stream().noneMatch(r -> id.equals(r.key())));
        assertTrue(TopicRecords.readAll(Topics.FACTS).stream().noneMatch(r -> id.equals(r.key())));
    }

    private static void assertReason(ConsumerRecord<String, String> record, String expected) {
        String reason = TopicRecords.header(record, Topics.DLQ_REASON_HEADER);
        assertNotNull(reason, "a parked record says why");
        assertTrue(reason.contains(expected), "reason '" + reason + "' should mention '" + expected + "'");
    }

    private static CloudEvent submittedEvent(String id) {
        return CloudEvent.of(EventTypes.DOCUMENT_SUBMITTED, "/test", id);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
