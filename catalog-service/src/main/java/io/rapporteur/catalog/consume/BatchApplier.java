package io.rapporteur.catalog.consume;

import io.rapporteur.catalog.documents.DocumentStore;
import io.rapporteur.catalog.facts.FactStore;
import io.rapporteur.catalog.outbox.Outbox;
import io.rapporteur.catalog.outbox.PendingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
                Map<TopicPartition, Long> done = ConsumedOffsets.lockAndRead(connection, partitions);
                Map<TopicPartition, Long> next = new HashMap<>();
                PendingEvents events = new PendingEvents();
                Set<String> affected = new TreeSet<>();
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < done.get(partition)) {
                        continue;
                    }
                    Incoming incoming = forcedPoisonReason != null
                            ? new Incoming.Poison(forcedPoisonReason) : reader.read(record);
                    applyOne(connection, record, incoming, events, affected);
                    next.put(partition, record.offset() + 1);
                }
                facts.settle(connection, affected, events);
                int written = outbox.append(connection, events.drain());
                ConsumedOffsets.write(connection, next);
                connection.commit();
                parkedThisBatch.clear();
                return written;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
    }

    private void applyOne(Connection connection, ConsumerRecord<String, String> record, Incoming incoming,
                          PendingEvents events, Set<String> affected) throws SQLException {
        if (incoming instanceof Incoming.Poison poison) {
            park(record, poison.reason());
        } else if (incoming instanceof Incoming.Document document) {
            documents.submit(connection, document.document(), events);
        } else if (incoming instanceof Incoming.Withdrawal withdrawal) {
            String documentId = withdrawal.request().documentId();
            Set<String> lost = facts.removeMentions(connection, documentId);
            documents.withdraw(connection, documentId, !lost.isEmpty(), events);
            affected.addAll(lost);
        } else if (incoming instanceof Incoming.Facts set) {
            if (documents.isWithdrawn(connection, set.documentId())) {
                // extraction finished after the withdrawal: the document is gone, so are its facts
                LOG.debugf("ignoring facts of withdrawn document %s", set.documentId());
            } else {
                affected.addAll(facts.replaceMentions(connection, set.documentId(), set.facts()));
            }
        }
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
