package io.rapporteur.catalog.consume;

import io.rapporteur.catalog.documents.DocumentStore;
import io.rapporteur.catalog.facts.FactStore;
import io.rapporteur.catalog.facts.Touched;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.catalog.outbox.Outbox;
import io.rapporteur.catalog.outbox.PendingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a batch of consumed records in ONE database transaction: documents, mentions, canonical facts, entities,
 * conflicts, the outbox events of what really changed, and the consumed offsets. Either all of it commits or none.
 */
public final class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);
    private static final Comparator<TopicPartition> PARTITION_ORDER =
            Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

    /** Where unreadable records go; throws {@link DeadLetterUnavailable} if it cannot take one. */
    public interface Parking {
        void park(ConsumerRecord<String, String> record, String reason);
    }

    /** The dead-letter topic could not take a record: the batch must be retried, not committed. */
    public static final class DeadLetterUnavailable extends RuntimeException {
        public DeadLetterUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DataSource dataSource;
    private final RecordReader reader;
    private final DocumentStore documents;
    private final FactStore facts;
    private final Outbox outbox;
    private final Parking parking;
    /** Kafka's ids of the consumed topics, by name (empty until known: stored ids are then kept as they are). */
    private volatile Map<String, String> topicIds = Map.of();
    /** Records parked by an attempt that then rolled back: the retry must not park them twice. */
    private final Set<String> parkedThisBatch = new HashSet<>();

    public BatchApplier(DataSource dataSource, RecordReader reader, DocumentStore documents, FactStore facts,
                        Outbox outbox, Parking parking) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.documents = documents;
        this.facts = facts;
        this.outbox = outbox;
        this.parking = parking;
    }

    /** Applies the records (skipping those already applied); returns the number of events written to the outbox. */
    public int apply(List<ConsumerRecord<String, String>> records) throws SQLException {
        return apply(records, null);
    }

    /**
     * @param forcedPoisonReason when not null, every record not yet applied is parked with this reason instead of
     *                           applied (a record that the catalog cannot store although the database is up)
     */
    public int apply(List<ConsumerRecord<String, String>> records, String forcedPoisonReason) throws SQLException {
        Set<TopicPartition> partitions = new TreeSet<>(PARTITION_ORDER);
        records.forEach(r -> partitions.add(new TopicPartition(r.topic(), r.partition())));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<TopicPartition, Long> done = ConsumedOffsets.lockAndRead(connection, partitions, topicIds);
                Map<TopicPartition, Long> next = new HashMap<>();
                PendingEvents events = new PendingEvents();
                Touched touched = new Touched();
                Pending pending = new Pending();
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < done.get(partition)) {
                        continue;
                    }
                    Incoming incoming = forcedPoisonReason != null
                            ? new Incoming.Poison(forcedPoisonReason) : reader.read(record);
                    applyOne(connection, record, incoming, pending, events, touched);
                    next.put(partition, record.offset() + 1);
                }
                long started = System.nanoTime();
                flush(connection, pending, events, touched);
                long flushed = System.nanoTime();
                facts.settle(connection, touched, events);
                long settled = System.nanoTime();
                int written = outbox.append(connection, events.drain());
                ConsumedOffsets.write(connection, next, topicIds);
                long appended = System.nanoTime();
                connection.commit();
                if (LOG.isDebugEnabled()) {
                    LOG.debugf("batch of %d records: write %d ms, settle %d ms, outbox %d ms (%d events), commit %d ms",
                            records.size(), (flushed - started) / 1_000_000, (settled - flushed) / 1_000_000,
                            (appended - settled) / 1_000_000, written, (System.nanoTime() - appended) / 1_000_000);
                }
                parkedThisBatch.clear();
                return written;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
    }

    /**
     * Documents and fact sets waiting to be written set-wise. Records are applied in their order as far as it can
     * matter: a record about a document that has a pending record of the other kind, and every withdrawal, first
     * writes what is pending.
     */
    private static final class Pending {
        final List<DocumentSubmitted> documents = new ArrayList<>();
        final Set<String> documentIds = new HashSet<>();
        final Map<String, List<Fact>> factSets = new LinkedHashMap<>();

        boolean isEmpty() {
            return documents.isEmpty() && factSets.isEmpty();
        }

        void clear() {
            documents.clear();
            documentIds.clear();
            factSets.clear();
        }
    }

    private void applyOne(Connection connection, ConsumerRecord<String, String> record, Incoming incoming,
                          Pending pending, PendingEvents events, Touched touched) throws SQLException {
        if (incoming instanceof Incoming.Poison poison) {
            park(record, poison.reason());
        } else if (incoming instanceof Incoming.Document document) {
            if (pending.factSets.containsKey(document.document().documentId())) {
                flush(connection, pending, events, touched);
            }
            pending.documents.add(document.document());
            pending.documentIds.add(document.document().documentId());
        } else if (incoming instanceof Incoming.Withdrawal withdrawal) {
            flush(connection, pending, events, touched);
            String documentId = withdrawal.request().documentId();
            Set<String> lost = facts.removeMentions(connection, documentId, touched);
            documents.withdraw(connection, documentId, !lost.isEmpty(), events);
        } else if (incoming instanceof Incoming.Facts set) {
            if (pending.documentIds.contains(set.documentId())) {
                flush(connection, pending, events, touched);
            }
            // a later fact set of the same document replaces an earlier one: only the last is written
            pending.factSets.remove(set.documentId());
            pending.factSets.put(set.documentId(), set.facts());
        }
    }

    private void flush(Connection connection, Pending pending, PendingEvents events, Touched touched)
            throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        documents.submit(connection, pending.documents, events);
        Map<String, List<Fact>> accepted = new LinkedHashMap<>(pending.factSets);
        for (String documentId : documents.withdrawn(connection, accepted.keySet())) {
            // extraction finished after the withdrawal: the document is gone, so are its facts
            LOG.debugf("ignoring facts of withdrawn document %s", documentId);
            accepted.remove(documentId);
        }
        facts.replaceMentions(connection, accepted, touched);
        pending.clear();
    }

    private void park(ConsumerRecord<String, String> record, String reason) {
        String where = record.topic() + "/" + record.partition() + "@" + record.offset();
        if (!parkedThisBatch.add(where)) {
            return;
        }
        LOG.warnf("parking %s: %s", where, reason);
        try {
            parking.park(record, reason);
        } catch (RuntimeException e) {
            parkedThisBatch.remove(where);
            throw e instanceof DeadLetterUnavailable ? e : new DeadLetterUnavailable("cannot park " + where, e);
        }
    }

    /** The ids of the consumed topics as the broker now has them; offsets stored for other ids are void. */
    public void topicIds(Map<String, String> ids) {
        this.topicIds = Map.copyOf(ids);
    }

    /** A new batch: forget what the previous one parked. */
    public void startBatch() {
        parkedThisBatch.clear();
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is probably gone; the transaction dies with it
        }
    }
}
