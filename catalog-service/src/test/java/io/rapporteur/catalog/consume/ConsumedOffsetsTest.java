package io.rapporteur.catalog.consume;

import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stored offsets against the catalog's real schema (Flyway migrations) on the local PostgreSQL. */
class ConsumedOffsetsTest {

    private static final PostgresServer SERVER = PostgresServer.fromEnvironment();
    private static final TopicPartition FACTS_0 = new TopicPartition("rapporteur.facts.v1", 0);
    private static String database;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.create(SERVER, "rapporteur_test_offsets");
        Flyway.configure().dataSource(SERVER.jdbcUrl(database), SERVER.user(), SERVER.password())
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void drop() {
        TestDatabases.drop(SERVER, database);
    }

    private static long storeThenRead(Map<String, String> writtenWith, long next, Map<String, String> readWith)
            throws Exception {
        try (Connection connection = SERVER.connect(database)) {
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
