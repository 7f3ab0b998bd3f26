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
 *
 * <p>An event the read models cannot take is refused with an {@link IllegalArgumentException} before any SQL runs, so
 * the caller can park it and go on with the batch in the same transaction. A fact event costs about six round trips:
 * claim, fact row, clear the fact's old rows, entities, mentions, and the served JSON with the event log row.
 */
@ApplicationScoped
public class ReadModelWriter {

    @Inject
    ObjectMapper mapper;

    /** Applies the event; returns false when it was already applied (a redelivery) or is older than what is held. */
    public boolean apply(Connection c, String schema, CatalogEvent event) throws SQLException {
        check(event);
        if (!claim(c, schema, event.key(), event.sequence())) {
            return false;
        }
        try {
            switch (event.type()) {
                case FactRecorded, FactCorroborated -> upsertFact(c, schema, event);
                case FactRetracted -> retractFact(c, schema, event);
                case FactConflicted -> recordConflict(c, schema, event);
                case DocumentCataloged -> upsertDocument(c, schema, event);
                case DocumentWithdrawn -> withdrawDocument(c, schema, event);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("an event passed the checks but failed to apply", e);
        }
        return true;
    }

    /** Refuses what the read models cannot take, before anything is written. */
    private void check(CatalogEvent event) {
        if (event.key() == null) {
            throw new IllegalArgumentException(event.type() + " without canonicalId or documentId");
        }
        switch (event.type()) {
            case FactRecorded, FactCorroborated -> {
                Fact fact = event.fact();
                if (fact == null) {
                    throw new IllegalArgumentException(event.type() + " " + event.canonicalId() + " carries no fact");
                }
                if (fact.id() != null && !fact.id().equals(event.canonicalId())) {
                    throw new IllegalArgumentException("fact id " + fact.id() + " differs from canonicalId "
                            + event.canonicalId());
                }
                for (Mention mention : event.mentions()) {
                    if (mention.mentionId() == null || mention.documentId() == null) {
                        throw new IllegalArgumentException("a mention of " + event.canonicalId()
                                + " lacks mentionId or documentId");
                    }
                    json(mention);
                }
            }
            case DocumentCataloged -> {
                CatalogDocument d = event.document();
                if (d == null || d.text() == null) {
                    throw new IllegalArgumentException("DocumentCataloged " + event.documentId()
                            + " carries no document text");
                }
                if (d.id() != null && event.documentId() != null && !d.id().equals(event.documentId())) {
                    throw new IllegalArgumentException("document id " + d.id() + " differs from documentId "
                            + event.documentId());
                }
            }
            default -> {
            }
        }
    }

    /**
     * Moves the key's version to this event's sequence, or says no when the event is not newer (or its sequence is
     * logged already): one statement.
     */
    private boolean claim(Connection c, String schema, String key, long sequence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                WITH claimed AS (
                    INSERT INTO {rm}.key_versions AS k (key, sequence) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET sequence = EXCLUDED.sequence WHERE k.sequence < EXCLUDED.sequence
                    RETURNING 1)
                SELECT (SELECT count(*) FROM claimed) > 0
                       AND NOT EXISTS (SELECT 1 FROM {rm}.event_log WHERE sequence = ?)
                """, schema))) {
            ps.setString(1, key);
            ps.setLong(2, sequence);
            ps.setLong(3, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void upsertFact(Connection c, String schema, CatalogEvent event) throws SQLException {
        String id = event.canonicalId();
        Fact canonical = event.fact().withId(id);
        LocalDate start = FactDates.start(canonical.date());
        Date startDate = start == null ? null : Date.valueOf(start);
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
            ps.setObject(4, startDate, Types.DATE);
            ps.setString(5, canonical.evidence() == null ? "" : canonical.evidence());
            ps.setString(6, FactJson.toJsonString(canonical));
            ps.setLong(7, event.sequence());
            ps.setLong(8, event.sequence());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                WITH e AS (DELETE FROM {rm}.fact_entities WHERE fact_id = ?),
                     m AS (DELETE FROM {rm}.mentions WHERE fact_id = ?)
                DELETE FROM {rm}.fact_actors WHERE fact_id = ?
                """, schema))) {
            ps.setString(1, id);
            ps.setString(2, id);
            ps.setString(3, id);
            ps.executeUpdate();
        }
        List<String> roles = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (var field : canonical.fields().entrySet()) {
            for (EntityRef ref : entitiesOf(field.getValue())) {
                roles.add(field.getKey());
                entities.add(ref.id());
            }
        }
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                WITH e AS (INSERT INTO {rm}.fact_entities (fact_id, role, entity_id)
                           SELECT ?, r, x FROM unnest(?::text[], ?::text[]) AS t(r, x) ON CONFLICT DO NOTHING)
                INSERT INTO {rm}.fact_actors (fact_id, entity_id, date_start)
                SELECT DISTINCT ?, x, ?::date FROM unnest(?::text[]) AS x ON CONFLICT DO NOTHING
                """, schema))) {
            ps.setString(1, id);
            ps.setArray(2, textArray(c, roles));
            ps.setArray(3, textArray(c, entities));
            ps.setString(4, id);
            ps.setObject(5, startDate, Types.DATE);
            ps.setArray(6, textArray(c, entities));
            ps.executeUpdate();
        }
        if (!event.mentions().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                    INSERT INTO {rm}.mentions (fact_id, mention_id, document_id, sentence_index, source)
                    VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING
                    """, schema))) {
                for (Mention mention : event.mentions()) {
                    ps.setString(1, id);
                    ps.setString(2, mention.mentionId());
                    ps.setString(3, mention.documentId());
                    ps.setInt(4, mention.sentenceIndex());
                    ps.setString(5, json(mention));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        refreshAndLog(c, schema, event, id, false);
    }

    private void retractFact(Connection c, String schema, CatalogEvent event) throws SQLException {
        String id = event.canonicalId();
        // The event log keeps the fact's last state (with the sources it had), flagged as retracted.
        boolean known = refreshAndLog(c, schema, event, id, true);
        if (!known) {
            logEvent(c, schema, event, null);
        }
        List<String> others;
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                WITH f AS (DELETE FROM {rm}.facts WHERE id = ?),
                     e AS (DELETE FROM {rm}.fact_entities WHERE fact_id = ?),
                     a AS (DELETE FROM {rm}.fact_actors WHERE fact_id = ?),
                     m AS (DELETE FROM {rm}.mentions WHERE fact_id = ?),
                     x AS (DELETE FROM {rm}.fact_conflicts WHERE fact_id = ?)
                DELETE FROM {rm}.fact_conflicts WHERE other_id = ? RETURNING fact_id
                """, schema))) {
            for (int i = 1; i <= 6; i++) {
                ps.setString(i, id);
            }
            others = strings(ps.executeQuery());
        }
        refreshServed(c, schema, others);
    }

    private void recordConflict(Connection c, String schema, CatalogEvent event) throws SQLException {
        String id = event.canonicalId();
        List<String> others = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                INSERT INTO {rm}.fact_conflicts (fact_id, other_id, field) VALUES (?, ?, ?)
                ON CONFLICT (fact_id, other_id) DO UPDATE SET field = EXCLUDED.field
                """, schema))) {
            for (String other : event.conflictsWith()) {
                if (other == null || other.equals(id)) {
                    continue;
                }
                others.add(other);
                for (String[] pair : new String[][] {{id, other}, {other, id}}) {
                    ps.setString(1, pair[0]);
                    ps.setString(2, pair[1]);
                    ps.setString(3, event.conflictField());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        refreshServed(c, schema, others);
        if (!refreshAndLog(c, schema, event, id, false)) {
            logEvent(c, schema, event, null);
        }
    }

    private void upsertDocument(Connection c, String schema, CatalogEvent event) throws SQLException {
        CatalogDocument d = event.document();
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
        // The catalog follows with fact events for every fact that lost this source; dropping the mentions here keeps
        // the document's page empty even before those arrive.
        List<String> touched;
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                WITH d AS (DELETE FROM {rm}.documents WHERE id = ?)
                DELETE FROM {rm}.mentions WHERE document_id = ? RETURNING fact_id
                """, schema))) {
            ps.setString(1, event.documentId());
            ps.setString(2, event.documentId());
            touched = strings(ps.executeQuery());
        }
        refreshServed(c, schema, touched);
        logEvent(c, schema, event, null);
    }

    /** Recomputes the served JSON of facts whose sources or conflicts changed. */
    private static void refreshServed(Connection c, String schema, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema(
                "UPDATE {rm}.facts f SET served = (" + FactSnapshot.SERVED_JSON + ")::text WHERE f.id = ANY (?)",
                schema))) {
            ps.setArray(1, textArray(c, new ArrayList<>(new LinkedHashSet<>(ids))));
            ps.executeUpdate();
        }
    }

    /**
     * Recomputes the fact's served JSON and logs the event with the fact's filter attributes as they now are, in one
     * statement. Returns false when the fact is not in the read models (nothing logged).
     */
    private boolean refreshAndLog(Connection c, String schema, CatalogEvent event, String id, boolean retracted)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                WITH s AS (UPDATE {rm}.facts f SET served = (""" + FactSnapshot.SERVED_JSON + """
                )::text WHERE f.id = ? RETURNING f.id, f.type, f.date_start, f.evidence, f.served)
                INSERT INTO {rm}.event_log (sequence, event_type, event_key, fact_type, date_start, evidence,
                    entity_ids, treaty_ids, document_ids, payload)
                SELECT ?, ?, ?, s.type, s.date_start, s.evidence,
                       ARRAY(SELECT DISTINCT e.entity_id FROM {rm}.fact_entities e WHERE e.fact_id = s.id),
                       ARRAY(SELECT e.entity_id FROM {rm}.fact_entities e WHERE e.fact_id = s.id AND e.role = 'treaty'),
                       ARRAY(SELECT DISTINCT m.document_id FROM {rm}.mentions m WHERE m.fact_id = s.id),
                       CASE WHEN ? THEN s.served::jsonb || '{"retracted": true}'::jsonb ELSE s.served::jsonb END
                FROM s
                """, schema))) {
            ps.setString(1, id);
            ps.setLong(2, event.sequence());
            ps.setString(3, event.type().name());
            ps.setString(4, event.key());
            ps.setBoolean(5, retracted);
            return ps.executeUpdate() > 0;
        }
    }

    /** Logs an event that carries no known fact (document events, events about facts the read models lack). */
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

    private static List<String> strings(ResultSet rs) throws SQLException {
        try (rs) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
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
