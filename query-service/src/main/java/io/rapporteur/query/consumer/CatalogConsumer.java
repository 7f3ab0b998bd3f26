package io.rapporteur.query.consumer;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rapporteur.service.lifecycle.BackgroundLoop;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.query.readmodel.ReadModels;
import io.rapporteur.query.stream.StreamBroadcaster;
import io.rapporteur.service.kafka.DeadLetters;
import io.rapporteur.service.kafka.TopicSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps the read models up to date from rapporteur.catalog.v1: one thread, one transaction per polled batch, offsets
 * committed only after the database commit, poison records parked on {@link Topics#DLQ_QUERY}.
 */
@ApplicationScoped
public class CatalogConsumer {

    private static final Logger LOG = Logger.getLogger(CatalogConsumer.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadModels readModels;
    @Inject
    CatalogBatchApplier applier;
    @Inject
    StreamBroadcaster broadcaster;
    @Inject
    io.rapporteur.query.admin.ReadModelRebuilder rebuilder;
    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "rapporteur.query.consumer.group")
    String group;
    @ConfigProperty(name = "rapporteur.query.consumer.poll-ms")
    long pollMs;
    @ConfigProperty(name = "rapporteur.query.consumer.max-poll-records")
    int maxPollRecords;
    @ConfigProperty(name = "rapporteur.query.topic-partitions")
    int partitions;
    @ConfigProperty(name = "rapporteur.query.consumer.fetch-max-wait-ms")
    int fetchMaxWaitMs;

    /** Held while a batch is applied and committed; the rebuild takes it to swap generations between batches. */
    private final ReentrantLock applyLock = new ReentrantLock();
    private volatile boolean running;
    private volatile boolean healthy;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> producer;
    private final BackgroundLoop loop = new BackgroundLoop("catalog-consumer", true);

    private Timer fetchLag;

    void start(@Observes StartupEvent event) {
        fetchLag = Timer.builder("rapporteur.query.catalog.fetch.lag")
                .description("from the catalog record's timestamp (the relay's send) to this service's poll")
                .publishPercentiles(0.5, 0.99).register(registry);
        TopicSetup.ensure(bootstrapServers, partitions, List.of(Topics.CATALOG, Topics.DLQ_QUERY));
        readModels.active();
        broadcaster.start();
        producer = new KafkaProducer<>(producerConfig(bootstrapServers), new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer());
        running = true;
        if (readModels.outdated()) {
            // The active generation was built by an older read-model.sql: build a current one from the topic first
            // (the API answers 503 meanwhile), then follow the topic from where this group left off.
            LOG.infof("read models %s are older than version %d: rebuilding them before consuming",
                    readModels.active(), ReadModels.VERSION);
            rebuilder.start(this::startThread);
        } else {
            startThread();
        }
    }

    private synchronized void startThread() {
        if (!running || loop.started()) {
            return;
        }
        consumer.subscribe(List.of(Topics.CATALOG));
        loop.start(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stopConsumerLoop(() -> running = false, () -> consumer, Duration.ofSeconds(10));
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    public ReentrantLock applyLock() {
        return applyLock;
    }

    public boolean healthy() {
        return healthy && loop.alive();
    }

    private void run() {
        DeadLetters deadLetters = new DeadLetters(producer, Topics.DLQ_QUERY);
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(pollMs));
                if (!records.isEmpty()) {
                    applyWithRetry(records, deadLetters);
                } else {
                    healthy = true;
                }
                releaseToStream();
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("catalog consumer woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("catalog consumer stopped", e);
        } finally {
            healthy = false;
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The stream is a follower: a failure here must not stop the read models from being kept up to date. */
    private void releaseToStream() {
        try {
            broadcaster.advance();
        } catch (RuntimeException e) {
            LOG.warnf("could not release events to the stream: %s", e.getMessage());
        }
    }

    /** Applies a batch; when the database fails, rewinds to the batch start and tries again after a pause. */
    private void applyWithRetry(ConsumerRecords<String, String> records, DeadLetters deadLetters) {
        long backoff = 500;
        while (running) {
            applyLock.lock();
            try (Connection c = dataSource.getConnection()) {
                long polled = System.currentTimeMillis();
                for (var record : records) {
                    fetchLag.record(Math.max(0, polled - record.timestamp()), TimeUnit.MILLISECONDS);
                }
                applier.apply(c, readModels.active(), records, deadLetters, broadcaster::processed);
                // The database has the batch: release it to the stream first, then commit the offsets (a lost offset
                // commit only means a redelivery, which changes nothing).
                releaseToStream();
                commit(records);
                healthy = true;
                return;
            } catch (SQLException | RuntimeException e) {
                // The database (or the dead-letter topic) is unavailable: nothing was committed, try the batch again.
                LOG.warnf("could not apply %d catalog events, retrying in %d ms: %s", records.count(), backoff, e.getMessage());
                healthy = false;
            } finally {
                applyLock.unlock();
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 10_000);
        }
    }

    /** The database has the batch: a failed offset commit only means a harmless redelivery. */
    private void commit(ConsumerRecords<String, String> records) {
        try {
            consumer.commitSync(nextOffsets(records));
        } catch (KafkaException e) {
            LOG.warnf("offset commit failed, the batch will be redelivered and skipped: %s", e.getMessage());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> list = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, fetchMaxWaitMs);
        return config;
    }

    static Map<String, Object> producerConfig(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
