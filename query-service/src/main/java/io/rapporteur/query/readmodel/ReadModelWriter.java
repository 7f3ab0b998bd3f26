package io.rapporteur.query.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies one catalog event to the read models of a schema, inside the caller's transaction. Idempotent: an event whose
 * sequence is not above the last one applied for its key changes nothing.
 */
@ApplicationScoped
public class ReadModelWriter {

    @Inject
    ObjectMapper mapper;

    /** Applies the event; returns false when it was already applied (a redelivery) or is older than what is held. */
    public boolean apply(Connection c, String schema, CatalogEvent event) throws SQLException {
        String key = event.key();
        if (key == null) {
            throw new IllegalArgumentException(event.type() + " without canonicalId or documentId");
        }
        if (!claim(c, schema, key, event.sequence())) {
            return false;
        }
        switch (event.type()) {
            case FactRecorded, FactCorroborated -> upsertFact(c, schema, event);
            case FactRetracted -> retractFact(c, schema, event);
            case FactConflicted -> recordConflict(c, schema, event);
            case DocumentCataloged -> upsertDocument(c, schema, event);
            case DocumentWithdrawn -> withdrawDocument(c, schema, event);
        }
        return true;
    }

    /** Moves the key's version to this event's sequence, or says no when the event is not newer. */
    private boolean claim(Connection c, String schema, String key, long sequence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                INSERT INTO {rm}.key_versions AS k (key, sequence) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET sequence = EXCLUDED.sequence WHERE k.sequence < EXCLUDED.sequence
                """, schema))) {
            ps.setString(1, key);
            ps.setLong(2, sequence);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                ReadModels.inSchema("SELECT 1 FROM {rm}.event_log WHERE sequence = ?", schema))) {
            ps.setLong(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }

    private void upsertFact(Connection c, String schema, CatalogEvent event) throws SQLException {
        Fact fact = event.fact();
        if (fact == null) {
            throw new IllegalArgumentException(event.type() + " " + event.canonicalId() + " carries no fact");
        }
        if (fact.id() != null && !fact.id().equals(event.canonicalId())) {
            throw new IllegalArgumentException("fact id " + fact.id() + " differs from canonicalId " + event.canonicalId());
        }
        String id = event.canonicalId();
        Fact canonical = fact.withId(id);
        LocalDate start = FactDates.start(canonical.date());
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                INSERT INTO {rm}.facts (id, type, date, date_start, evidence, fact_json, recorded_sequence, updated_sequence)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, date = EXCLUDED.date,
                    date_start = EXCLUDED.date_start, evidence = EXCLUDED.evidence, fact_json = EXCLUDED.fact_json,
                    updated_sequence = EXCLUDED.updated_sequence
                """, schema))) {
            ps.setString(1, id);
            ps.setString(2, canonical.type().name());
            ps.setString(3, canonical.date());
            ps.setObject(4, start == null ? null : Date.valueOf(start), Types.DATE);
            ps.setString(5, canonical.evidence() == null ? "" : canonical.evidence());
            ps.setString(6, FactJson.toJsonString(canonical));
            ps.setLong(7, event.sequence());
            ps.setLong(8, event.sequence());
            ps.executeUpdate();
        }
        deleteWhere(c, schema, "fact_entities", "fact_id", id);
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema(
                "INSERT INTO {rm}.fact_entities (fact_id, role, entity_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", schema))) {
            for (var field : canonical.fields().entrySet()) {
                for (EntityRef ref : entitiesOf(field.getValue())) {
                    ps.setString(1, id);
                    ps.setString(2, field.getKey());
                    ps.setString(3, ref.id());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        deleteWhere(c, schema, "mentions", "fact_id", id);
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                INSERT INTO {rm}.mentions (fact_id, mention_id, document_id, sentence_index, source)
                VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING
                """, schema))) {
            for (Mention mention : event.mentions()) {
                if (mention.mentionId() == null || mention.documentId() == null) {
                    throw new IllegalArgumentException("a mention of " + id + " lacks mentionId or documentId");
                }
                ps.setString(1, id);
                ps.setString(2, mention.mentionId());
                ps.setString(3, mention.documentId());
                ps.setInt(4, mention.sentenceIndex());
                ps.setString(5, json(mention));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        logEvent(c, schema, event, FactSnapshot.read(c, schema, id));
    }

    private void retractFact(Connection c, String schema, CatalogEvent event) throws SQLException {
        String id = event.canonicalId();
        FactSnapshot last = FactSnapshot.read(c, schema, id);
        deleteWhere(c, schema, "facts", "id", id);
        deleteWhere(c, schema, "fact_entities", "fact_id", id);
        deleteWhere(c, schema, "mentions", "fact_id", id);
        deleteWhere(c, schema, "fact_conflicts", "fact_id", id);
        deleteWhere(c, schema, "fact_conflicts", "other_id", id);
        logEvent(c, schema, event, last == null ? null : last.retracted());
    }

    private void recordConflict(Connection c, String schema, CatalogEvent event) throws SQLException {
        String id = event.canonicalId();
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                INSERT INTO {rm}.fact_conflicts (fact_id, other_id, field) VALUES (?, ?, ?)
                ON CONFLICT (fact_id, other_id) DO UPDATE SET field = EXCLUDED.field
                """, schema))) {
            for (String other : event.conflictsWith()) {
                if (other == null || other.equals(id)) {
                    continue;
                }
                for (String[] pair : new String[][] {{id, other}, {other, id}}) {
                    ps.setString(1, pair[0]);
                    ps.setString(2, pair[1]);
                    ps.setString(3, event.conflictField());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        logEvent(c, schema, event, FactSnapshot.read(c, schema, id));
    }

    private void upsertDocument(Connection c, String schema, CatalogEvent event) throws SQLException {
        CatalogDocument d = event.document();
        if (d == null || d.text() == null) {
            throw new IllegalArgumentException("DocumentCataloged " + event.documentId() + " carries no document text");
        }
        if (d.id() != null && event.documentId() != null && !d.id().equals(event.documentId())) {
            throw new IllegalArgumentException("document id " + d.id() + " differs from documentId " + event.documentId());
        }
        String id = event.documentId() != null ? event.documentId() : d.id();
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                INSERT INTO {rm}.documents (id, title, text, source, published, language, media_type, received_at, sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, text = EXCLUDED.text, source = EXCLUDED.source,
                    published = EXCLUDED.published, language = EXCLUDED.language, media_type = EXCLUDED.media_type,
                    received_at = EXCLUDED.received_at, sequence = EXCLUDED.sequence
                """, schema))) {
            ps.setString(1, id);
            ps.setString(2, d.title());
            ps.setString(3, d.text());
            ps.setString(4, d.source());
            ps.setString(5, d.published());
            ps.setString(6, d.language());
            ps.setString(7, d.mediaType());
            ps.setString(8, d.receivedAt());
            ps.setLong(9, event.sequence());
            ps.executeUpdate();
        }
        logEvent(c, schema, event, null);
    }

    private void withdrawDocument(Connection c, String schema, CatalogEvent event) throws SQLException {
        deleteWhere(c, schema, "documents", "id", event.documentId());
        // The catalog follows with fact events for every fact that lost this source; dropping the mentions here keeps
        // the document's page empty even before those arrive.
        deleteWhere(c, schema, "mentions", "document_id", event.documentId());
        logEvent(c, schema, event, null);
    }

    private void logEvent(Connection c, String schema, CatalogEvent event, FactSnapshot fact) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                INSERT INTO {rm}.event_log (sequence, event_type, event_key, fact_type, date_start, evidence,
                    entity_ids, treaty_ids, document_ids, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                """, schema))) {
            ps.setLong(1, event.sequence());
            ps.setString(2, event.type().name());
            ps.setString(3, event.key());
            boolean factEvent = event.canonicalId() != null;
            ps.setString(4, factEvent ? (fact == null ? "UNKNOWN" : fact.type()) : null);
            ps.setObject(5, fact == null || fact.dateStart() == null ? null : Date.valueOf(fact.dateStart()), Types.DATE);
            ps.setString(6, fact == null ? null : fact.evidence());
            ps.setArray(7, textArray(c, fact == null ? List.of() : fact.entityIds()));
            ps.setArray(8, textArray(c, fact == null ? List.of() : fact.treatyIds()));
            ps.setArray(9, textArray(c, fact == null ? documentIds(event) : fact.documentIds()));
            ps.setString(10, fact != null ? fact.json() : payloadWithoutFact(event));
            ps.executeUpdate();
        }
    }

    private String payloadWithoutFact(CatalogEvent event) {
        var node = mapper.createObjectNode();
        if (event.canonicalId() != null) {
            node.put("id", event.canonicalId());
        }
        if (event.documentId() != null) {
            node.put("documentId", event.documentId());
        }
        if (event.type() == io.rapporteur.contract.events.CatalogEventType.FactRetracted) {
            node.put("retracted", true);
        }
        return node.toString();
    }

    private static List<String> documentIds(CatalogEvent event) {
        Set<String> ids = new LinkedHashSet<>();
        if (event.documentId() != null) {
            ids.add(event.documentId());
        }
        event.mentions().forEach(m -> ids.add(m.documentId()));
        return new ArrayList<>(ids);
    }

    private static List<EntityRef> entitiesOf(Object value) {
        if (value instanceof EntityRef ref) {
            return List.of(ref);
        }
        List<EntityRef> refs = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof EntityRef ref) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    private static void deleteWhere(Connection c, String schema, String table, String column, String value)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM " + schema + "." + table + " WHERE " + column + " = ?")) {
            ps.setString(1, value);
            ps.executeUpdate();
        }
    }

    private static Array textArray(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON: " + e.getOriginalMessage());
        }
    }
}
