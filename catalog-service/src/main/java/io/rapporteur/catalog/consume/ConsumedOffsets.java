package io.rapporteur.catalog.consume;

import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The next offset to process of each partition, kept in the database and written in the same transaction as the
 * data. A record below it was already applied: redelivery after a crash between the database commit and the Kafka
 * offset commit changes nothing. The rows are locked for the transaction, so that two consumers briefly holding the
 * same partition during a rebalance apply each record once. Offsets belong to a topic id, not a name: when the topic
 * was deleted and created again (a new broker, a reset), its offsets start again from 0.
 */
final class ConsumedOffsets {

    private static final Logger LOG = Logger.getLogger(ConsumedOffsets.class);

    private ConsumedOffsets() {
    }

    /**
     * @param topicIds topic name to Kafka topic id; a topic missing here keeps whatever id is stored
     */
    static Map<TopicPartition, Long> lockAndRead(Connection connection, Collection<TopicPartition> partitions,
                                                 Map<String, String> topicIds) throws SQLException {
        return read(connection, partitions, topicIds, true);
    }

    /**
     * The offsets as last committed, without locking them: for a batch written while the one before it still holds
     * the locks (it locks them before it commits, see BatchApplier).
     */
    static Map<TopicPartition, Long> read(Connection connection, Collection<TopicPartition> partitions,
                                          Map<String, String> topicIds) throws SQLException {
        return read(connection, partitions, topicIds, false);
    }

    private static Map<TopicPartition, Long> read(Connection connection, Collection<TopicPartition> partitions,
                                                  Map<String, String> topicIds, boolean lock) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into consumed_offsets (topic, partition, next_offset, topic_id) values (?, ?, 0, ?) "
                        + "on conflict do nothing")) {
            for (TopicPartition partition : partitions) {
                insert.setString(1, partition.topic());
                insert.setInt(2, partition.partition());
                insert.setString(3, topicIds.get(partition.topic()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select c.topic, c.partition, c.next_offset, c.topic_id from consumed_offsets c "
                        + "join unnest(?::text[], ?::int4[]) as p(topic, partition) "
                        + "on c.topic = p.topic and c.partition = p.partition order by c.topic, c.partition"
                        + (lock ? " for update of c" : ""))) {
            select.setArray(1, connection.createArrayOf("text", partitions.stream().map(TopicPartition::topic).toArray()));
            select.setArray(2, connection.createArrayOf("int4", partitions.stream().map(TopicPartition::partition).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    TopicPartition partition = new TopicPartition(rs.getString(1), rs.getInt(2));
                    long offset = rs.getLong(3);
                    String storedId = rs.getString(4);
                    String currentId = topicIds.get(partition.topic());
                    if (currentId != null && storedId != null && !currentId.equals(storedId)) {
                        LOG.warnf("%s is a new topic (id %s, stored offsets were of %s): reading it from offset 0",
                                partition, currentId, storedId);
                        offset = 0;
                    }
                    next.put(partition, offset);
                }
            }
        }
        return next;
    }

    static void write(Connection connection, Map<TopicPartition, Long> next, Map<String, String> topicIds)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update consumed_offsets set next_offset = case when ?::text is not null and topic_id is distinct from ?::text "
                        + "then ? else greatest(next_offset, ?) end, topic_id = coalesce(?::text, topic_id) "
                        + "where topic = ? and partition = ?")) {
            for (Map.Entry<TopicPartition, Long> entry : next.entrySet()) {
                String topicId = topicIds.get(entry.getKey().topic());
                update.setString(1, topicId);
                update.setString(2, topicId);
                update.setLong(3, entry.getValue());
                update.setLong(4, entry.getValue());
                update.setString(5, topicId);
                update.setString(6, entry.getKey().topic());
                update.setInt(7, entry.getKey().partition());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
