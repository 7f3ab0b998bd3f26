package io.rapporteur.catalog.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.DocumentWithdrawalRequested;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.testsupport.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What ingest would publish, and a reader of whole topics, against the test broker. */
final class Kafka {

    static final String INGEST = "/rapporteur/ingest-service";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private Kafka() {
    }

    static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        }
        return producer;
    }

    static RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes each document's submission and its facts, all at once, and waits for every acknowledgement. */
    static void sendAll(List<Documents> documents) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (Documents document : documents) {
            records.add(submitted(document));
            records.add(extracted(document));
        }
        var acks = records.stream().map(producer()::send).toList();
        producer().flush();
        for (var ack : acks) {
            try {
                ack.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static ProducerRecord<String, String> submitted(Documents document) {
        DocumentSubmitted event = new DocumentSubmitted(document.id(), document.title, document.text(),
                "https://example.org/" + document.id(), "2001-04", "en", "text/plain", Instant.now().toString());
        return cloudEvent(Topics.DOCUMENTS, document.id(), EventTypes.DOCUMENT_SUBMITTED, json(event));
    }

    static ProducerRecord<String, String> extracted(Documents document) {
        return extracted(document.id(), document.facts());
    }

    static ProducerRecord<String, String> extracted(String documentId, List<Fact> facts) {
        FactsExtracted event = new FactsExtracted(documentId, "test-extractor-1", Instant.now().toString(), facts);
        return cloudEvent(Topics.FACTS, documentId, EventTypes.FACTS_EXTRACTED, json(event));
    }

    static ProducerRecord<String, String> withdrawal(String documentId) {
        return cloudEvent(Topics.DOCUMENTS, documentId, EventTypes.DOCUMENT_WITHDRAWAL_REQUESTED,
                json(new DocumentWithdrawalRequested(documentId, "test", Instant.now().toString())));
    }

    static ProducerRecord<String, String> cloudEvent(String topic, String key, String type, String body) {
        return KafkaRecords.cloudEvent(topic, key, CloudEvent.of(type, INGEST, key), body);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the topic, from the beginning to its current end. */
    static List<ConsumerRecord<String, String>> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
