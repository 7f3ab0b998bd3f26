package io.rapporteur.bench.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.bench.BenchSupport;
import io.rapporteur.bench.CpuTime;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.testsupport.kafka.KafkaLogging;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The floor under the catalog's rate on this machine: what the Kafka part of its work alone sustains. Run by
 * {@link CatalogBench} in a JVM of its own (compiled like the service's), after the timed run: it consumes the whole
 * facts topic as the service does (same poll size, manual commits), parses every record and fact as the service's
 * reader does, and for every fact sends one of the change events the service really wrote in the timed run (same
 * keys, payloads, headers and producer settings as the outbox relay) to a topic of its own. It never waits for acks
 * until the end (the service waits for each relayed batch's): the most favourable pipeline.
 * No database, no deduplication, no merging: whatever the catalog does on top can only be slower. A first pass over the
 * topic warms the JIT compiler up; the second is timed. Prints one line: records, mentions, seconds, and the CPU
 * seconds of this JVM and of the broker's (the bench's) in the timed pass.
 */
public final class KafkaFloor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Event(String key, String type, String payload) {
    }

    public static void main(String[] args) throws Exception {
        // outside a Quarkus JVM every level is on: the clients would format a TRACE line per record, as the service's
        // configured logging does not
        KafkaLogging.quietUnlessConfigured();
        Map<String, String> options = BenchSupport.options(args);
        String bootstrap = options.get("bootstrap");
        String topic = options.get("topic");
        long records = Long.parseLong(options.get("records"));
        List<Event> events = new ArrayList<>();
        // what-if knob: events of this many bytes instead of the real ones (0: no events at all)
        int eventBytes = Integer.parseInt(options.getOrDefault("event-bytes", "-1"));
        for (String line : Files.readAllLines(Path.of(options.get("events")))) {
            String[] parts = line.split("\t", 3);
            String payload = eventBytes < 0 ? parts[2] : "x".repeat(eventBytes);
            events.add(new Event(parts[0], parts[1], payload));
        }
        long broker = Long.parseLong(options.get("broker-pid"));
        long self = ProcessHandle.current().pid();
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            pass(bootstrap, topic, "floor-warm-up", records, events, producer, "rapporteur.floor.warm-up");
            double[] cpuBefore = {CpuTime.ofProcess(self), CpuTime.ofProcess(broker)};
            long start = System.nanoTime();
            long mentions = pass(bootstrap, topic, "floor", records, events, producer, "rapporteur.floor");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("floor %d %d %.3f %.3f %.3f%n", records, mentions, seconds,
                    CpuTime.ofProcess(self) - cpuBefore[0], CpuTime.ofProcess(broker) - cpuBefore[1]);
        }
    }

    /** Consumes the topic from its start up to this many records; sends one event per fact; returns the facts. */
    private static long pass(String bootstrap, String topic, String group, long records, List<Event> events,
                             KafkaProducer<String, String> producer, String eventTopic) throws Exception {
        long consumed = 0;
        long facts = 0;
        int next = 0;
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap, group)) {
            consumer.subscribe(List.of(topic));
            while (consumed < records) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, String> record : batch) {
                    KafkaRecords.cloudEventOf(record);
                    JsonNode body = JSON.readTree(record.value());
                    for (JsonNode fact : body.path("facts")) {
                        FactJson.fromJson(fact);
                        facts++;
                        if (events.get(0).payload().isEmpty()) {
                            continue;
                        }
                        Event event = events.get(next++ % events.size());
                        CloudEvent header = new CloudEvent("floor-" + next, event.type(), "/rapporteur/floor",
                                Instant.now(), event.key());
                        acks.add(producer.send(KafkaRecords.cloudEvent(eventTopic, event.key(), header,
                                event.payload())));
                    }
                    consumed++;
                }
                // the most favourable pipeline: nothing waits for the acks of one poll before the next
                consumer.commitAsync();
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
            consumer.commitSync();
        }
        return facts;
    }

    /** As the catalog's consumer: 500-record polls, offsets committed by hand. */
    private static KafkaConsumer<String, String> consumer(String bootstrap, String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    /** As the outbox relay's producer (KafkaClients.producer). */
    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
