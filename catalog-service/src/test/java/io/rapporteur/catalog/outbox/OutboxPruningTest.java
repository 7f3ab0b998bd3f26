package io.rapporteur.catalog.outbox;

import io.rapporteur.catalog.LocalDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pruning against the catalog's real schema on the local PostgreSQL. */
class OutboxPruningTest {

    @RegisterExtension
    static final LocalDatabase DATABASE = LocalDatabase.withCatalogSchema("rapporteur_test_prune");

    @Test
    void onlyOldRowsAlreadyOnTheTopicGo() throws Exception {
        try (Connection connection = DATABASE.connect(); Statement sql = connection.createStatement()) {
            // 1-3 are a month old, 4 is fresh; the relay has published up to 2
            for (int sequence = 1; sequence <= 4; sequence++) {
                sql.execute("insert into outbox (sequence, key, type, payload, created_at) values (" + sequence
                        + ", 'fct-x', 'FactRecorded', '{}', now() - interval '" + (sequence < 4 ? 30 : 0) + " days')");
            }
            sql.execute("update outbox_relay set last_sent = 2");
            sql.execute("insert into outbox (sequence, key, type, payload) values (5, 'fct-y', 'FactRecorded', '{}')");

            assertEquals(2, OutboxPruning.prune(connection, Duration.ofDays(7)));
            assertEquals(List.of(3L, 4L, 5L), sequences(sql), "3 is old but not yet relayed; 4 and 5 are recent");

            sql.execute("update outbox_relay set last_sent = 5");
            assertEquals(1, OutboxPruning.prune(connection, Duration.ofDays(7)));
            assertEquals(List.of(4L, 5L), sequences(sql));
            assertEquals(2, OutboxPruning.prune(connection, Duration.ZERO));
            assertEquals(List.of(), sequences(sql));
        }
    }

    private static List<Long> sequences(Statement sql) throws Exception {
        List<Long> sequences = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("select sequence from outbox order by sequence")) {
            while (rs.next()) {
                sequences.add(rs.getLong(1));
            }
        }
        return sequences;
    }
}
