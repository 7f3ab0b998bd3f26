package io.rapporteur.query.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.CatalogEventType;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.testsupport.kafka.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the catalog: numbers events like its outbox (one counter for the whole test JVM, since all test classes share
 * the broker and the service) and publishes them to rapporteur.catalog.v1 the way the catalog does.
 */
public final class CatalogTopic {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private CatalogTopic() {
    }

    public static long nextSequence() {
        return SEQUENCE.incrementAndGet();
    }

    public static CatalogEvent recorded(Fact fact, Mention... mentions) {
        return factEvent(CatalogEventType.FactRecorded, fact, List.of(mentions));
    }

    public static CatalogEvent corroborated(Fact fact, Mention... mentions) {
        return factEvent(CatalogEventType.FactCorroborated, fact, List.of(mentions));
    }

    public static CatalogEvent retracted(String canonicalId) {
        return new CatalogEvent(CatalogEventType.FactRetracted, nextSequence(), now(), canonicalId, null, null, null,
                null, null, null);
    }

    public static CatalogEvent conflicted(String canonicalId, String otherId, String field) {
        return new CatalogEvent(CatalogEventType.FactConflicted, nextSequence(), now(), canonicalId, null, null,
                List.of(otherId), field, null, null);
    }

    public static CatalogEvent cataloged(CatalogDocument document) {
        return new CatalogEvent(CatalogEventType.DocumentCataloged, nextSequence(), now(), null, null, null, null, null,
                document.id(), document);
    }

    public static CatalogEvent withdrawn(String documentId) {
        return new CatalogEvent(CatalogEventType.DocumentWithdrawn, nextSequence(), now(), null, null, null, null, null,
                documentId, null);
    }

    private static CatalogEvent factEvent(CatalogEventType type, Fact fact, List<Mention> mentions) {
        return new CatalogEvent(type, nextSequence(), now(), fact.id(), fact, mentions, null, null, null, null);
    }

    /** Publishes the events in order and waits for the broker's acknowledgement. */
    public static void publish(CatalogEvent... events) {
        for (CatalogEvent event : events) {
            String json;
            try {
                json = MAPPER.writeValueAsString(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            send(KafkaRecords.cloudEvent(Topics.CATALOG, event.key(),
                    CloudEvent.of(EventTypes.catalog(event.type()), "/rapporteur/catalog-service", event.key()), json));
        }
    }

    public static void send(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private static String now() {
        return java.time.Instant.now().toString();
    }
}
