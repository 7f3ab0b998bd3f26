package io.rapporteur.query.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.CatalogEventType;
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
 * the caller can park it and go on with the batch in the same transaction. Fact states (FactRecorded, FactCorroborated,
 * nearly all events) are calls of the procedure {rm}.apply_fact_state queued in a {@link FactBatch}: one round trip for
 * a whole run of them. The other events are a few statements each.
 */
@ApplicationScoped
public class ReadModelWriter {

    @Inject
    ObjectMapper mapper;

    /** Applies the event; returns false when it was already applied (a redelivery) or is older than what is held. */
    public boolean apply(Connection c, String schema, CatalogEvent event) throws SQLException {
        check(event);
        if (factState(event)) {
            try (FactBatch batch = factBatch(c, schema)) {
                batch.add(event);
                batch.flush();
                return batch.applied() > 0;
            }
        }
        if (!claim(c, schema, event.key(), event.sequence())) {
            return false;
        }
        try {
            switch (event.type()) {
                case FactRecorded, FactCorroborated -> throw new IllegalStateException("fact states go through FactBatch");
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

    /** True for the events that carry a fact's whole state (FactRecorded, FactCorroborated): {@link FactBatch}. */
    public static boolean factState(CatalogEvent event) {
        return event.type() == CatalogEventType.FactRecorded || event.type() == CatalogEventType.FactCorroborated;
    }

    /** Refuses what the read models cannot take, before anything is written. */
    public void check(CatalogEvent event) {
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

    public FactBatch factBatch(Connection c, String schema) {
        return new FactBatch(c, schema);
    }

    /**
     * Fact-state events queued as calls of {rm}.apply_fact_state and sent in one JDBC batch (one round trip). The
     * caller flushes before applying any other kind of event, so events still apply in sequence order.
     */
    public final class FactBatch implements AutoCloseable {
        private final Connection c;
        private final String schema;
        private final List<Long> queued = new ArrayList<>();
        private PreparedStatement call;
        private int applied;

        private FactBatch(Connection c, String schema) {
            this.c = c;
            this.schema = schema;
        }

        public void add(CatalogEvent event) throws SQLException {
            String id = event.canonicalId();
            Fact canonical = event.fact().withId(id);
            LocalDate start = FactDates.start(canonical.date());
            List<String> roles = new ArrayList<>();
            List<String> entities = new ArrayList<>();
            for (var field : canonical.fields().entrySet()) {
                for (EntityRef ref : entitiesOf(field.getValue())) {
                    roles.add(field.getKey());
                    entities.add(ref.id());
                }
            }
            List<Mention> mentions = event.mentions();
            if (call == null) {
                call = c.prepareStatement(ReadModels.inSchema(
                        "CALL {rm}.apply_fact_state(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", schema));
            }
            call.setLong(1, event.sequence());
            call.setString(2, event.type().name());
            call.setString(3, id);
            call.setString(4, canonical.type().name());
            call.setString(5, canonical.date());
            call.setObject(6, start == null ? null : Date.valueOf(start), Types.DATE);
            call.setString(7, canonical.evidence() == null ? "" : canonical.evidence());
            call.setString(8, FactJson.toJsonString(canonical));
            call.setArray(9, textArray(c, roles));
            call.setArray(10, textArray(c, entities));
            call.setArray(11, textArray(c, mentions.stream().map(Mention::mentionId).toList()));
            call.setArray(12, textArray(c, mentions.stream().map(Mention::documentId).toList()));
            call.setArray(13, c.createArrayOf("int4", mentions.stream().map(Mention::sentenceIndex).toArray()));
            call.setArray(14, textArray(c, mentions.stream().map(ReadModelWriter.this::json).toList()));
            call.addBatch();
            queued.add(event.sequence());
        }

        /** Sends what is queued; then counts which of those events this transaction logged (the others were old). */
        public void flush() throws SQLException {
            if (queued.isEmpty()) {
                return;
            }
            call.executeBatch();
            try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema(
                    "SELECT count(*) FROM {rm}.event_log WHERE sequence = ANY (?) AND applied_at = now()", schema))) {
                ps.setArray(1, c.createArrayOf("int8", queued.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    applied += rs.getInt(1);
                }
            }
            queued.clear();
        }

        /** How many of the flushed events changed the read models. */
        public int applied() {
            return applied;
        }

        @Override
        public void close() throws SQLException {
            if (call != null) {
                call.close();
            }
        }
    }

    private void retractFact(Connection c, String schema, CatalogEvent event) throws SQLException {
        String id = event.canonicalId();
        // The event log keeps the fact's last state (with the sources it had), flagged as retracted.
        boolean known = refreshAndLog(c, schema, event, id, true);
        if (!known) {
            logEvent(c, schema, event);
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
            logEvent(c, schema, event);
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
        logEvent(c, schema, event);
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
        logEvent(c, schema, event);
    }

    /** Recomputes the served JSON of facts whose sources or conflicts changed. */
    private static void refreshServed(Connection c, String schema, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema(
                "UPDATE {rm}.facts SET served = {rm}.served_json(id) WHERE id = ANY (?)", schema))) {
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
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema(
                "SELECT {rm}.log_fact_event(?, ?, ?, ?)", schema))) {
            ps.setLong(1, event.sequence());
            ps.setString(2, event.type().name());
            ps.setString(3, id);
            ps.setBoolean(4, retracted);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Logs an event that carries no known fact (document events, events about facts the read models lack). */
    private void logEvent(Connection c, String schema, CatalogEvent event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                INSERT INTO {rm}.event_log (sequence, event_type, event_key, fact_type, document_ids, payload)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)
                """, schema))) {
            ps.setLong(1, event.sequence());
            ps.setString(2, event.type().name());
            ps.setString(3, event.key());
            ps.setString(4, event.canonicalId() != null ? "UNKNOWN" : null);
            ps.setArray(5, textArray(c, documentIds(event)));
            ps.setString(6, payloadWithoutFact(event));
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
        if (event.type() == CatalogEventType.FactRetracted) {
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
