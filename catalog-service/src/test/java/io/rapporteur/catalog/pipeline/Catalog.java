package io.rapporteur.catalog.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.Topics;
import org.apache.kafka.clients.producer.RecordMetadata;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Looks into the catalog's database from a test. */
final class Catalog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DataSource dataSource;

    Catalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    Object single(String sql, Object... params) {
        List<Object> rows = column(sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    List<Object> column(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Row counts of every table that holds catalog state. */
    Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("documents", "canonical_facts", "mentions", "conflicts", "entities",
                "entity_mentions", "outbox")) {
            counts.put(table, count("select count(*) from " + table));
        }
        counts.put("retracted", count("select count(*) from canonical_facts where retracted"));
        return counts;
    }

    /** Waits until the catalog has applied (and committed) the record that was sent. */
    void awaitApplied(RecordMetadata sent) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Object next = single("select next_offset from consumed_offsets where topic = ? and partition = ?",
                    sent.topic(), sent.partition());
            return next != null && ((Number) next).longValue() > sent.offset();
        });
    }

    void awaitOutboxSent() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from outbox where sequence > (select last_sent from outbox_relay)") == 0);
    }

    /** The outbox events with this key, in sequence order, as JSON. */
    List<JsonNode> events(String key) {
        List<JsonNode> events = new ArrayList<>();
        for (Object payload : column("select payload::text from outbox where key = ? order by sequence", key)) {
            try {
                events.add(JSON.readTree((String) payload));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return events;
    }

    List<String> eventTypes(String key) {
        return events(key).stream().map(e -> e.path("type").asText()).toList();
    }

    static String dlqFor(String topic) {
        return Topics.FACTS.equals(topic) ? Topics.DLQ_CATALOG_FACTS : Topics.DLQ_CATALOG_DOCUMENTS;
    }
}
