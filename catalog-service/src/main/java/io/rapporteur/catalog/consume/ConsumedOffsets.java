package io.rapporteur.catalog.consume;

import org.apache.kafka.common.TopicPartition;

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
 * same partition during a rebalance apply each record once.
 */
final class ConsumedOffsets {

    private ConsumedOffsets() {
    }

    static Map<TopicPartition, Long> lockAndRead(Connection connection, Collection<TopicPartition> partitions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into consumed_offsets (topic, partition, next_offset) values (?, ?, 0) on conflict do nothing")) {
            for (TopicPartition partition : partitions) {
                insert.setString(1, partition.topic());
                insert.setInt(2, partition.partition());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select c.topic, c.partition, c.next_offset from consumed_offsets c "
                        + "join unnest(?::text[], ?::int4[]) as p(topic, partition) "
                        + "on c.topic = p.topic and c.partition = p.partition order by c.topic, c.partition for update of c")) {
            select.setArray(1, connection.createArrayOf("text", partitions.stream().map(TopicPartition::topic).toArray()));
            select.setArray(2, connection.createArrayOf("int4", partitions.stream().map(TopicPartition::partition).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    next.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
                }
            }
        }
        return next;
    }

    static void write(Connection connection, Map<TopicPartition, Long> next) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update consumed_offsets set next_offset = greatest(next_offset, ?) where topic = ? and partition = ?")) {
            for (Map.Entry<TopicPartition, Long> entry : next.entrySet()) {
                update.setLong(1, entry.getValue());
                update.setString(2, entry.getKey().topic());
                update.setInt(3, entry.getKey().partition());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
