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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
    /**
     * Records parked by an attempt that has not committed (yet): a retry must not park them twice. Shared by the
     * batch being written and the one settling on another thread.
     */
    private final Set<String> parked = ConcurrentHashMap.newKeySet();

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
        try (Written written = write(records, forcedPoisonReason, false, documentIds -> { })) {
            return settleAndCommit(written);
        }
    }

    /**
     * Called with the documents a batch is about to write, before it writes anything: a batch whose documents overlap
     * those of a batch still in flight must wait for that one to commit (it would not see the other's rows).
     */
    public interface BeforeWriting {
        void documents(Set<String> documentIds);
    }

    /** Another transaction applied some of these records after they were written here: roll back, apply again. */
    public static final class AppliedMeanwhile extends RuntimeException {
        AppliedMeanwhile(String message) {
            super(message);
        }
    }

    /**
     * A batch written but not yet settled, in its still open transaction. Its documents, mentions and entity links
     * are written; its canonical facts, outbox events and offsets come with {@link #settleAndCommit}. Closing it
     * without that rolls everything back.
     */
    public final class Written implements AutoCloseable {
        private final Connection connection;
        private final Set<TopicPartition> partitions;
        private final boolean offsetsLocked;
        /** Per partition, the first offset this transaction applied and the next one after its last. */
        private final Map<TopicPartition, Long> first = new HashMap<>();
        private final Map<TopicPartition, Long> next = new HashMap<>();
        private final PendingEvents events = new PendingEvents();
        private final Touched touched = new Touched();
        private final Set<String> parked = new HashSet<>();
        private boolean done;

        private Written(Connection connection, Set<TopicPartition> partitions, boolean offsetsLocked) {
            this.connection = connection;
            this.partitions = partitions;
            this.offsetsLocked = offsetsLocked;
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!done) {
                    rollbackQuietly(connection);
                }
            } finally {
                connection.close();
            }
        }
    }

    /**
     * The first half of applying a batch, in a transaction left open: reads the records, skips those already applied,
     * writes documents, withdrawals and mentions.
     *
     * @param pipelined true when the previous batch may still be settling: the stored offsets are then only read
     *                  ({@link #settleAndCommit} locks them and checks that no other transaction applied these records
     *                  meanwhile), and the new facts are merged ahead, while the previous batch holds the database;
     *                  false locks the offsets at once and leaves all merging to settling
     */
    public Written write(List<ConsumerRecord<String, String>> records, String forcedPoisonReason, boolean pipelined,
                         BeforeWriting beforeWriting) throws SQLException {
        Set<TopicPartition> partitions = new TreeSet<>(PARTITION_ORDER);
        records.forEach(r -> partitions.add(new TopicPartition(r.topic(), r.partition())));
        Connection connection = dataSource.getConnection();
        Written written = new Written(connection, partitions, !pipelined);
        try {
            connection.setAutoCommit(false);
            Map<TopicPartition, Long> done = pipelined
                    ? ConsumedOffsets.read(connection, partitions, topicIds)
                    : ConsumedOffsets.lockAndRead(connection, partitions, topicIds);
            List<ConsumerRecord<String, String>> todo = new ArrayList<>();
            List<Incoming> incoming = new ArrayList<>();
            Set<String> documentIds = new HashSet<>();
            for (ConsumerRecord<String, String> record : records) {
                if (record.offset() < done.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue;
                }
                Incoming read = forcedPoisonReason != null
                        ? new Incoming.Poison(forcedPoisonReason) : reader.read(record);
                todo.add(record);
                incoming.add(read);
                documentIdOf(read).ifPresent(documentIds::add);
            }
            beforeWriting.documents(documentIds);
            long started = System.nanoTime();
            Pending pending = new Pending();
            for (int i = 0; i < todo.size(); i++) {
                ConsumerRecord<String, String> record = todo.get(i);
                applyOne(connection, record, incoming.get(i), pending, written);
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                written.first.putIfAbsent(partition, record.offset());
                written.next.put(partition, record.offset() + 1);
            }
            flush(connection, pending, written.events, written.touched);
            if (pipelined) {
                facts.prepare(connection, written.touched);
            }
            LOG.debugf("batch of %d records: write %d ms", records.size(), (System.nanoTime() - started) / 1_000_000);
            return written;
        } catch (SQLException | RuntimeException | Error e) {
            written.close();
            throw e;
        }
    }

    /** The second half: settles the canonical facts, appends the outbox events, stores the offsets and commits. */
    public int settleAndCommit(Written written) throws SQLException {
        Connection connection = written.connection;
        try {
            long started = System.nanoTime();
            if (!written.offsetsLocked) {
                Map<TopicPartition, Long> now = ConsumedOffsets.lockAndRead(connection, written.partitions, topicIds);
                for (Map.Entry<TopicPartition, Long> applied : written.first.entrySet()) {
                    if (now.get(applied.getKey()) > applied.getValue()) {
                        throw new AppliedMeanwhile(applied.getKey() + " was applied up to " + now.get(applied.getKey())
                                + " by another transaction, this one started at " + applied.getValue());
                    }
                }
            }
            facts.settle(connection, written.touched, written.events);
            long settled = System.nanoTime();
            int appended = outbox.append(connection, written.events.drain());
            ConsumedOffsets.write(connection, written.next, topicIds);
            long stored = System.nanoTime();
            connection.commit();
            written.done = true;
            parked.removeAll(written.parked);
            LOG.debugf("settle %d ms, outbox %d ms (%d events), commit %d ms", (settled - started) / 1_000_000,
                    (stored - settled) / 1_000_000, appended, (System.nanoTime() - stored) / 1_000_000);
            return appended;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(connection);
            throw e;
        }
    }

    private static Optional<String> documentIdOf(Incoming incoming) {
        if (incoming instanceof Incoming.Document document) {
            return Optional.of(document.document().documentId());
        } else if (incoming instanceof Incoming.Withdrawal withdrawal) {
            return Optional.of(withdrawal.request().documentId());
        } else if (incoming instanceof Incoming.Facts set) {
            return Optional.of(set.documentId());
        }
        return Optional.empty();
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
                          Pending pending, Written written) throws SQLException {
        PendingEvents events = written.events;
        Touched touched = written.touched;
        if (incoming instanceof Incoming.Poison poison) {
            park(record, poison.reason(), written);
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

    private void park(ConsumerRecord<String, String> record, String reason, Written written) {
        String where = record.topic() + "/" + record.partition() + "@" + record.offset();
        written.parked.add(where);
        if (!parked.add(where)) {
            return;
        }
        LOG.warnf("parking %s: %s", where, reason);
        try {
            parking.park(record, reason);
        } catch (RuntimeException e) {
            parked.remove(where);
            throw e instanceof DeadLetterUnavailable ? e : new DeadLetterUnavailable("cannot park " + where, e);
        }
    }

    /** The ids of the consumed topics as the broker now has them; offsets stored for other ids are void. */
    public void topicIds(Map<String, String> ids) {
        this.topicIds = Map.copyOf(ids);
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is probably gone; the transaction dies with it
        }
    }
}
