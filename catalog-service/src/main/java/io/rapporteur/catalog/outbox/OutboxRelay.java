package io.rapporteur.catalog.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rapporteur.service.lifecycle.BackgroundLoop;
import io.rapporteur.catalog.CatalogConfig;
import io.rapporteur.catalog.kafka.KafkaClients;
import io.rapporteur.contract.events.CatalogEventType;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.service.kafka.KafkaRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to rapporteur.catalog.v1: one relay thread reads unsent rows in sequence order, sends them
 * (idempotent producer, acks=all, key = canonical fact or document, so per-key order holds), waits for every ack and
 * only then moves its position (outbox_relay) past them. A crash in between sends them again: consumers drop what they have by sequence
 * (at-least-once relay + idempotent consumer = exactly-once effect). The CloudEvents id is "catalog-&lt;sequence&gt;",
 * the same on every resend.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private record Row(long sequence, String key, String type, String payload, Instant createdAt) {
    }

    private final KafkaClients kafka;
    private final AgroalDataSource dataSource;
    private final CatalogConfig config;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Counter published;
    private final Timer relayLag;

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private volatile boolean running;
    private long lastPrune = System.nanoTime();
    private volatile boolean healthy = true;
    private final BackgroundLoop loop = new BackgroundLoop("catalog-outbox-relay", false);

    public OutboxRelay(KafkaClients kafka, AgroalDataSource dataSource, CatalogConfig config, MeterRegistry metrics) {
        this.kafka = kafka;
        this.dataSource = dataSource;
        this.config = config;
        this.published = metrics.counter("catalog.outbox.published");
        // from the outbox row's creation (its transaction) to the broker's acknowledgement: the catalog's relay hop
        this.relayLag = Timer.builder("catalog.outbox.relay.lag").publishPercentiles(0.5, 0.99)
                .description("time from an outbox row's creation to its acknowledgement on rapporteur.catalog.v1")
                .register(metrics);
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        loop.start(this::run);
    }

    void onStop(@Observes ShutdownEvent event) {
        loop.stop(() -> {
            running = false;
            wake();
        }, Duration.ofSeconds(15));
    }

    /** New rows were committed: publish them now rather than at the next idle tick. */
    public void wake() {
        wakeUp.release();
    }

    public boolean healthy() {
        return healthy;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        try (KafkaProducer<String, String> producer = kafka.producer("catalog-outbox-relay")) {
            while (running) {
                try {
                    int sent = relayOnce(producer);
                    healthy = true;
                    backoff = Duration.ofMillis(100);
                    if (sent == 0) {
                        pruneNowAndThen();
                        wakeUp.tryAcquire(config.relay().idleWait().toMillis(), TimeUnit.MILLISECONDS);
                        wakeUp.drainPermits();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception | AssertionError e) {
                    // (pgjdbc asserts on a connection that dies mid-statement when assertions are on)
                    healthy = false;
                    LOG.warnf("outbox relay failed (%s); retrying in %s", e.toString(), backoff);
                    try {
                        Thread.sleep(backoff.toMillis());
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(config.relay().retryMax()) > 0
                            ? config.relay().retryMax() : backoff.multipliedBy(2);
                }
            }
        }
    }

    /** Relayed rows older than {@code catalog.relay.keep-sent} go, at most once a minute, when the relay is idle. */
    private void pruneNowAndThen() throws SQLException {
        long now = System.nanoTime();
        if (now - lastPrune < PRUNE_EVERY.toNanos()) {
            return;
        }
        lastPrune = now;
        int deleted = prune();
        if (deleted > 0) {
            LOG.infof("pruned %d relayed outbox rows older than %s", deleted, config.relay().keepSent());
        }
    }

    private int prune() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return OutboxPruning.prune(connection, config.relay().keepSent());
        }
    }

    /** Sends the next unsent rows and moves the position past them; returns how many. */
    int relayOnce(KafkaProducer<String, String> producer) throws Exception {
        List<Row> rows = unsent();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String type = EventTypes.catalog(CatalogEventType.valueOf(row.type()));
            CloudEvent event = new CloudEvent("catalog-" + row.sequence(), type, KafkaClients.SOURCE, Instant.now(), row.key());
            acks.add(producer.send(KafkaRecords.cloudEvent(Topics.CATALOG, row.key(), event, row.payload())));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(60, TimeUnit.SECONDS);
        }
        markSent(rows.get(rows.size() - 1).sequence());
        published.increment(rows.size());
        Instant acked = Instant.now();
        for (Row row : rows) {
            relayLag.record(Duration.between(row.createdAt(), acked));
        }
        return rows.size();
    }

    private List<Row> unsent() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select sequence, key, type, payload::text, created_at from outbox "
                             + "where sequence > (select last_sent from outbox_relay where id = 1) order by sequence limit ?")) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        }
        return rows;
    }

    private void markSent(long last) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update outbox_relay set last_sent = greatest(last_sent, ?) where id = 1")) {
            update.setLong(1, last);
            update.executeUpdate();
        }
    }
}
