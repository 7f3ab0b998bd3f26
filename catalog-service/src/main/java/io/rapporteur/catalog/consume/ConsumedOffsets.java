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
                "select next_offset from consumed_offsets where topic = ? and partition = ? for update")) {
            for (TopicPartition partition : partitions) {
                select.setString(1, partition.topic());
                select.setInt(2, partition.partition());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    next.put(partition, rs.getLong(1));
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
