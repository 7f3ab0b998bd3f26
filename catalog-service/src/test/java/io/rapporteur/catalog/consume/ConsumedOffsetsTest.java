package io.rapporteur.catalog.consume;

import io.rapporteur.catalog.LocalDatabase;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stored offsets against the catalog's real schema (Flyway migrations) on the local PostgreSQL. */
class ConsumedOffsetsTest {

    @RegisterExtension
    static final LocalDatabase DATABASE = LocalDatabase.withCatalogSchema("rapporteur_test_offsets");

    private static final TopicPartition FACTS_0 = new TopicPartition("rapporteur.facts.v1", 0);

    private static long storeThenRead(Map<String, String> writtenWith, long next, Map<String, String> readWith)
            throws Exception {
        try (Connection connection = DATABASE.connect()) {
            connection.setAutoCommit(false);
            ConsumedOffsets.lockAndRead(connection, List.of(FACTS_0), writtenWith);
            ConsumedOffsets.write(connection, Map.of(FACTS_0, next), writtenWith);
            connection.commit();
            long read = ConsumedOffsets.lockAndRead(connection, List.of(FACTS_0), readWith).get(FACTS_0);
            connection.commit();
            return read;
        }
    }

    @Test
    void offsetsOfTheSameTopicOnlyGrowAndThoseOfARecreatedTopicStartAgain() throws Exception {
        Map<String, String> first = Map.of(FACTS_0.topic(), "topic-id-A");
        Map<String, String> recreated = Map.of(FACTS_0.topic(), "topic-id-B");

        assertEquals(120, storeThenRead(first, 120, first));
        assertEquals(120, storeThenRead(first, 80, first), "an older batch never moves the offset back");
        assertEquals(0, storeThenRead(first, 120, recreated), "the new topic has applied nothing yet");
        assertEquals(7, storeThenRead(recreated, 7, recreated), "its offsets replace the old topic's, though smaller");
        assertEquals(7, storeThenRead(Map.of(), 5, Map.of()), "ids unknown: the stored ones stand");
    }
}
