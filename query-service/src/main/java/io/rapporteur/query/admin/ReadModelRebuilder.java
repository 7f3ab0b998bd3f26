package io.rapporteur.query.admin;

import io.agroal.api.AgroalDataSource;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.query.consumer.CatalogBatchApplier;
import io.rapporteur.query.consumer.CatalogConsumer;
import io.rapporteur.query.readmodel.ReadModels;
import io.rapporteur.service.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds the read models from the start of rapporteur.catalog.v1 into a new schema while the API keeps answering
 * from the active one. When the new schema has caught up with the topic's end, it takes the live consumer's apply lock
 * (so no batch is half applied), reads what arrived meanwhile, and swaps. Whatever the live consumer then redelivers
 * is already in the new schema and changes nothing.
 */
@ApplicationScoped
public class ReadModelRebuilder {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuilder.class);
    private static final long DROP_DELAY_MS = 5_000;

    @Inject
    ReadModels readModels;
    @Inject
    CatalogBatchApplier applier;
    @Inject
    CatalogConsumer liveConsumer;
    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public record Status(String state, String schema, long records, long applied, Instant startedAt,
                         Instant finishedAt, String error) {
    }

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Status status = new Status("IDLE", null, 0, 0, null, null, null);

    public Status status() {
        return status;
    }

    public Status start() {
        return start(() -> { });
    }

    /** Starts a rebuild; {@code whenCompleted} runs on the rebuild's thread once the new generation is active. */
    public Status start(Runnable whenCompleted) {
        if (!running.compareAndSet(false, true)) {
            throw new ProblemException(409, "Conflict", "a rebuild is already running (into " + status.schema() + ")");
        }
        status = new Status("RUNNING", null, 0, 0, Instant.now(), null, null);
        Thread thread = new Thread(() -> rebuild(whenCompleted), "read-model-rebuild");
        thread.setDaemon(true);
        thread.start();
        return status;
    }

    private void rebuild(Runnable whenCompleted) {
        Instant started = status.startedAt();
        String schema = null;
        long[] counts = new long[2];
        try {
            schema = readModels.createNextGeneration();
            status = new Status("RUNNING", schema, 0, 0, started, null, null);
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config(), new StringDeserializer(),
                    new StringDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(Topics.CATALOG).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                readUpTo(consumer, schema, consumer.endOffsets(partitions), counts, started);
                liveConsumer.applyLock().lock();
                String previous;
                try {
                    readUpTo(consumer, schema, consumer.endOffsets(partitions), counts, started);
                    previous = readModels.swapTo(schema);
                } finally {
                    liveConsumer.applyLock().unlock();
                }
                LOG.infof("read models rebuilt into %s from %d records; %s retired", schema, counts[0], previous);
                status = new Status("COMPLETED", schema, counts[0], counts[1], started, Instant.now(), null);
                whenCompleted.run();
                Thread.sleep(DROP_DELAY_MS);
                readModels.drop(previous);
            }
        } catch (Exception e) {
            LOG.error("read model rebuild failed", e);
            if (schema != null && !schema.equals(readModels.active())) {
                readModels.drop(schema);
            }
            if (!"COMPLETED".equals(status.state())) {
                status = new Status("FAILED", schema, counts[0], counts[1], started, Instant.now(), e.toString());
            }
        } finally {
            running.set(false);
        }
    }

    private void readUpTo(KafkaConsumer<String, String> consumer, String schema, Map<TopicPartition, Long> end,
                          long[] counts, Instant started) throws Exception {
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                continue;
            }
            try (Connection c = dataSource.getConnection()) {
                // Poison records were parked by the live consumer already: skip them quietly.
                counts[1] += applier.apply(c, schema, records, null);
            }
            counts[0] += records.count();
            status = new Status("RUNNING", schema, counts[0], counts[1], started, null, null);
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
