package io.rapporteur.catalog.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.catalog.CopyRows;
import io.rapporteur.contract.events.CatalogEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes change events into the outbox table, in the caller's transaction: they leave the catalog only if the change
 * they describe is committed, and the relay publishes them in sequence order.
 */
public final class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Numbers the events (gap-free: the counter row is part of the transaction) and stores them. */
    public int append(Connection connection, List<CatalogEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        long last;
        try (PreparedStatement counter = connection.prepareStatement(
                "update outbox_counter set last = last + ? where id = 1 returning last")) {
            counter.setLong(1, events.size());
            try (ResultSet rs = counter.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
        }
        long first = last - events.size() + 1;
        List<CatalogEvent> numbered = IntStream.range(0, events.size()).mapToObj(i -> {
            CatalogEvent draft = events.get(i);
            return new CatalogEvent(draft.type(), first + i, draft.occurredAt(), draft.canonicalId(), draft.fact(),
                    draft.mentions(), draft.conflictsWith(), draft.conflictField(), draft.documentId(), draft.document());
        }).toList();
        // serialising is independent per event: both cores do it, in sequence order
        List<String> payloads = numbered.parallelStream().map(this::json).toList();
        CopyRows rows = new CopyRows();
        for (int i = 0; i < numbered.size(); i++) {
            CatalogEvent event = numbered.get(i);
            rows.add(event.sequence(), event.key(), event.type().name(), payloads.get(i));
        }
        rows.into(connection, "outbox (sequence, key, type, payload)");
        return events.size();
    }

    private String json(CatalogEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write catalog event " + event.type(), e);
        }
    }
}
