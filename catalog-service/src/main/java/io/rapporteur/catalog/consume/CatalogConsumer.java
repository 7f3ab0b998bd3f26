package io.rapporteur.catalog.consume;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rapporteur.service.lifecycle.BackgroundLoop;
import io.rapporteur.catalog.CatalogConfig;
import io.rapporteur.catalog.documents.DocumentStore;
import io.rapporteur.catalog.entities.EntityStore;
import io.rapporteur.catalog.facts.ConflictRules;
import io.rapporteur.catalog.facts.FactStore;
import io.rapporteur.catalog.kafka.KafkaClients;
import io.rapporteur.catalog.outbox.Outbox;
import io.rapporteur.catalog.outbox.OutboxRelay;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.service.kafka.DeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The catalog's one consumer of documents and facts (group rapporteur-catalog), on its own thread: poll a batch, apply
 * it in one database transaction, then commit the offsets. While the database is unreachable it neither commits nor
 * dead-letters: it retries the same batch with back-off and readiness reports DOWN.
 * <p>
 * Pipelined (the default): while one batch settles and commits on a second thread, the next is read and written in a
 * transaction of its own, which settles only once the first has committed; Java and PostgreSQL then work at the same
 * time instead of taking turns. Batches still commit, and their offsets are committed, in order. A batch that shares a
 * document with the one in flight waits for it before writing. Whatever goes wrong in the pipeline (a failed batch,
 * records applied meanwhile by another instance) is rolled back and done again one batch at a time, the careful way.
 */
@ApplicationScoped
public class CatalogConsumer {

    private static final Logger LOG = Logger.getLogger(CatalogConsumer.class);

    /** What the consumer is doing, for readiness. */
    public enum State { STARTING, RUNNING, WAITING_FOR_DATABASE, WAITING_FOR_KAFKA, STOPPED }

    private final KafkaClients kafka;
    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final CatalogConfig config;
    private final OutboxRelay relay;
    private final Counter recordsApplied;
    private final Counter batchRetries;

    private volatile boolean running;
    private volatile State state = State.STOPPED;
    private volatile String stateDetail = "";
    private final BackgroundLoop loop = new BackgroundLoop("catalog-consumer", false);
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetterProducer;
    /** Where a written batch settles and commits while the consumer thread writes the next one. */
    private ExecutorService settler;
    /** The batch settling on {@link #settler}, if any (consumer thread only). */
    private InFlight inFlight;

    /** A batch whose transaction is settling and committing on the settler thread. */
    private record InFlight(List<ConsumerRecord<String, String>> batch, Set<String> documentIds, Future<Integer> settled) {
    }

    /** The batch in flight did not commit: it is still {@link #inFlight}, to be done again. */
    private static final class InFlightFailed extends RuntimeException {
        InFlightFailed(Throwable cause) {
            super(cause);
        }
    }

    public CatalogConsumer(KafkaClients kafka, AgroalDataSource dataSource, ObjectMapper mapper, CatalogConfig config,
                           OutboxRelay relay, MeterRegistry metrics) {
        this.kafka = kafka;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
        this.relay = relay;
        this.recordsApplied = metrics.counter("catalog.consumer.records");
        this.batchRetries = metrics.counter("catalog.consumer.batch.retries");
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        state = State.STARTING;
        loop.start(this::run);
    }

    void onStop(@Observes ShutdownEvent event) {
        loop.stopConsumerLoop(() -> running = false, () -> consumer, Duration.ofSeconds(15));
    }

    public State state() {
        return state;
    }

    public String stateDetail() {
        return stateDetail;
    }

    /** Runs the consumer until shutdown; if it dies of something unexpected, starts it again after a pause. */
    private void run() {
        Duration backoff = config.consumer().retryInitial();
        while (running) {
            try {
                consume();
            } catch (WakeupException e) {
                // shutting down
            } catch (Throwable e) {
                LOG.error("catalog consumer failed; restarting it", e);
                state = State.WAITING_FOR_KAFKA;
                stateDetail = e.toString();
                backoff = sleep(backoff);
            }
        }
        state = State.STOPPED;
    }

    private void consume() {
        try {
            ensureTopics();
            if (!running) {
                return;
            }
            deadLetterProducer = kafka.producer("catalog-dead-letters");
            DeadLetters documentsDlq = new DeadLetters(deadLetterProducer, Topics.DLQ_CATALOG_DOCUMENTS);
            DeadLetters factsDlq = new DeadLetters(deadLetterProducer, Topics.DLQ_CATALOG_FACTS);
            BatchApplier applier = new BatchApplier(dataSource, new RecordReader(mapper), new DocumentStore(),
                    new FactStore(mapper, new EntityStore(), ConflictRules.standard()), new Outbox(mapper),
                    (record, reason) -> (Topics.FACTS.equals(record.topic()) ? factsDlq : documentsDlq).park(record, reason));
            consumer = kafka.consumer();
            List<String> topics = List.of(Topics.DOCUMENTS, Topics.FACTS);
            consumer.subscribe(topics, new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // (again at every assignment: the topics may have been created anew since the last one)
                    try {
                        applier.topicIds(kafka.topicIds(topics));
                    } catch (RuntimeException e) {
                        LOG.warnf("topic ids unknown (%s); keeping the stored ones", e.getMessage());
                    }
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // offsets are committed after every batch, and stored with its data: only the batch in flight
                    // is left to finish
                    settleInFlight(applier);
                }
            });
            settler = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "catalog-settler");
                thread.setDaemon(true);
                return thread;
            });
            state = State.RUNNING;
            while (running) {
                ConsumerRecords<String, String> polled = consumer.poll(config.consumer().pollTimeout());
                if (polled.isEmpty()) {
                    settleInFlight(applier);
                    continue;
                }
                List<ConsumerRecord<String, String>> batch = new ArrayList<>(polled.count());
                polled.forEach(batch::add);
                if (config.consumer().pipelined()) {
                    writeWhileTheLastSettles(applier, batch);
                } else if (applyUntilDone(applier, batch)) {
                    commit(batch);
                }
            }
        } finally {
            awaitInFlightOnExit();
            if (settler != null) {
                settler.shutdownNow();
                settler = null;
            }
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(5));
                consumer = null;
            }
            if (deadLetterProducer != null) {
                deadLetterProducer.close(Duration.ofSeconds(5));
                deadLetterProducer = null;
            }
        }
    }

    private void ensureTopics() {
        Duration backoff = config.consumer().retryInitial();
        while (running) {
            try {
                kafka.ensureTopics();
                return;
            } catch (RuntimeException e) {
                state = State.WAITING_FOR_KAFKA;
                stateDetail = e.getMessage();
                LOG.warnf("cannot create topics yet (%s); retrying", e.getMessage());
                backoff = sleep(backoff);
            }
        }
    }

    /**
     * Writes the batch in a new transaction while the one in flight settles, then waits for that one, commits its
     * offsets and sends this one to settle. If either fails, both are rolled back and applied one at a time.
     */
    private void writeWhileTheLastSettles(BatchApplier applier, List<ConsumerRecord<String, String>> batch) {
        Set<String> documentIds = new HashSet<>();
        BatchApplier.Written written = null;
        try {
            written = applier.write(batch, null, true, ids -> {
                documentIds.addAll(ids);
                if (inFlight != null && !Collections.disjoint(ids, inFlight.documentIds())) {
                    // it would not see the rows the batch in flight wrote for these documents
                    awaitInFlight();
                }
            });
            awaitInFlight();
        } catch (WakeupException e) {
            closeQuietly(written);
            throw e;
        } catch (Exception | AssertionError e) {
            closeQuietly(written);
            if (!(e instanceof InFlightFailed)) {
                LOG.debugf("batch of %d records not written in the pipeline (%s); applying it on its own", batch.size(), e);
            }
            settleInFlight(applier);
            if (applyUntilDone(applier, batch)) {
                commit(batch);
            }
            return;
        }
        BatchApplier.Written toSettle = written;
        inFlight = new InFlight(batch, documentIds, settler.submit(() -> {
            try (toSettle) {
                return applier.settleAndCommit(toSettle);
            }
        }));
    }

    /** Waits for the batch in flight; once it committed, commits its offsets. Throws InFlightFailed if it did not. */
    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.settled().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            throw new InFlightFailed(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof BatchApplier.AppliedMeanwhile)) {
                LOG.debugf("batch of %d records failed to settle (%s); applying it again on its own",
                        inFlight.batch().size(), e.getCause());
            }
            throw new InFlightFailed(e.getCause());
        }
        List<ConsumerRecord<String, String>> done = inFlight.batch();
        inFlight = null;
        recordsApplied.increment(done.size());
        relay.wake();
        commit(done);
    }

    /** Finishes the batch in flight: waits for it, and if it failed, applies it again on its own. */
    private void settleInFlight(BatchApplier applier) {
        try {
            awaitInFlight();
        } catch (InFlightFailed e) {
            List<ConsumerRecord<String, String>> failed = inFlight.batch();
            inFlight = null;
            if (applyUntilDone(applier, failed)) {
                commit(failed);
            }
        }
    }

    /** On the way out (shutdown, a broken consumer): the batch in flight commits or rolls back, then it is forgotten. */
    private void awaitInFlightOnExit() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.settled().get(30, TimeUnit.SECONDS);
            if (consumer != null) {
                commit(inFlight.batch());
            }
        } catch (Exception e) {
            LOG.debugf("batch in flight not committed on exit (%s): it will be consumed again", e.toString());
        } finally {
            inFlight = null;
        }
    }

    private static void closeQuietly(BatchApplier.Written written) {
        if (written == null) {
            return;
        }
        try {
            written.close();
        } catch (Exception e) {
            LOG.debugf("closing a batch's transaction: %s", e);
        }
    }

    /** Applies the batch, retrying while the database or the dead-letter topic is unavailable; false on shutdown. */
    private boolean applyUntilDone(BatchApplier applier, List<ConsumerRecord<String, String>> batch) {
        Duration backoff = config.consumer().retryInitial();
        while (running) {
            try {
                applyOrIsolate(applier, batch);
                recordsApplied.increment(batch.size());
                state = State.RUNNING;
                stateDetail = "";
                relay.wake();
                return true;
            } catch (TransactionCollision e) {
                // another instance's transaction held what this batch needed: nothing is wrong with it, so again now
                LOG.debugf("batch of %d records collided with another transaction (%s); retrying", batch.size(),
                        e.getMessage());
            } catch (Exception | AssertionError e) {
                // (pgjdbc asserts on a connection that dies mid-statement when assertions are on)
                state = e instanceof BatchApplier.DeadLetterUnavailable ? State.WAITING_FOR_KAFKA : State.WAITING_FOR_DATABASE;
                stateDetail = e.toString();
                batchRetries.increment();
                LOG.warnf("batch of %d records not applied (%s); retrying in %s", batch.size(), e, backoff);
                backoff = sleep(backoff);
            }
        }
        return false;
    }

    /**
     * Applies the batch in one transaction. If that fails while the database is up, the fault is in a record, not in
     * the database: apply the records one by one and park the one that cannot be stored, so one bad record never
     * blocks the partition. If the database is down, throw: the caller retries.
     */
    private void applyOrIsolate(BatchApplier applier, List<ConsumerRecord<String, String>> batch) throws Exception {
        Throwable batchFault = recordFault(() -> applier.apply(batch));
        if (batchFault == null) {
            return;
        }
        LOG.warnf("batch failed with the database up (%s): applying record by record", batchFault.toString());
        for (ConsumerRecord<String, String> record : batch) {
            Throwable fault = recordFault(() -> applier.apply(List.of(record)));
            if (fault != null) {
                applyOrPark(applier, record, fault);
            }
        }
    }

    /** One more try, in case the database came back between the failure and the check; then park the record. */
    private void applyOrPark(BatchApplier applier, ConsumerRecord<String, String> record, Throwable first) throws Exception {
        Throwable fault = recordFault(() -> applier.apply(List.of(record)));
        if (fault != null) {
            LOG.errorf(first, "record %s/%d@%d cannot be stored", record.topic(), record.partition(), record.offset());
            applier.apply(List.of(record), "the catalog cannot store this record: " + fault);
        }
    }

    /** One attempt to apply records, as {@link #recordFault} runs it. */
    @FunctionalInterface
    private interface Attempt {
        void run() throws Exception;
    }

    /**
     * Runs the attempt: null when it worked, the failure when it lies in the records (the database is up); rethrows
     * any other failure (dead-letter topic unavailable, a transaction collision, the database down), which the caller
     * retries as a whole.
     */
    private Throwable recordFault(Attempt attempt) throws Exception {
        try {
            attempt.run();
            return null;
        } catch (BatchApplier.DeadLetterUnavailable e) {
            throw e;
        } catch (Exception | AssertionError e) {
            TransactionCollision.rethrowIfOne(e);
            if (!databaseReachable()) {
                throw e;
            }
            return e;
        }
    }

    private boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private void commit(List<ConsumerRecord<String, String>> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, String> record : batch) {
            offsets.merge(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        try {
            consumer.commitSync(offsets);
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            // the database already holds these offsets: a redelivery will be skipped, so losing this commit is harmless
            LOG.warnf("offset commit failed (%s); redelivered records will be skipped", e.toString());
        }
    }

    private Duration sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.consumer().retryMax()) > 0 ? config.consumer().retryMax() : doubled;
    }
}
