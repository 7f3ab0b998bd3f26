package io.rapporteur.catalog.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.catalog.Digests;
import io.rapporteur.catalog.entities.EntityStore;
import io.rapporteur.catalog.outbox.PendingEvents;
import io.rapporteur.contract.events.CatalogEventType;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.ids.FactIdentity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Canonical facts and their mentions. A document's facts replace its mentions as a set; then every canonical fact whose
 * sources changed is settled once: merged again, and announced only if its state really changed.
 */
public final class FactStore {

    /** state_hash of a canonical row that exists only to hold mentions and was never announced. */
    private static final String NEVER_PUBLISHED = "";
    private static final String RETRACTED = "retracted";

    private final ObjectMapper mapper;
    private final EntityStore entities;
    private final ConflictRules conflictRules;

    public FactStore(ObjectMapper mapper, EntityStore entities, ConflictRules conflictRules) {
        this.mapper = mapper;
        this.entities = entities;
        this.conflictRules = conflictRules;
    }

    private record StoredMention(String canonicalId, String contentHash) {
    }

    /**
     * Makes the document's mentions exactly these facts (set semantics: the same set again changes nothing).
     *
     * @return the canonical facts that gained, lost or changed a mention
     */
    public Set<String> replaceMentions(Connection connection, String documentId, List<Fact> facts) throws SQLException {
        Map<String, Fact> wanted = new LinkedHashMap<>();
        for (Fact fact : facts) {
            // the mention id is ours to compute: it must not depend on what the producer put in "id"
            Fact mention = fact.withId(FactIdentity.mentionId(documentId, fact));
            wanted.merge(mention.id(), mention, (a, b) -> CanonicalMerge.PRECEDENCE.compare(a, b) <= 0 ? a : b);
        }
        Map<String, StoredMention> existing = storedMentions(connection, documentId);
        Set<String> affected = new TreeSet<>();

        List<String> removed = new ArrayList<>();
        existing.forEach((id, stored) -> {
            if (!wanted.containsKey(id)) {
                removed.add(id);
                affected.add(stored.canonicalId());
            }
        });
        deleteMentions(connection, removed);

        Map<String, Fact> written = new LinkedHashMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (Fact mention : wanted.values()) {
            String hash = Digests.sha256(FactJson.toJsonString(mention));
            StoredMention stored = existing.get(mention.id());
            if (stored == null || !stored.contentHash().equals(hash)) {
                written.put(mention.id(), mention);
                hashes.put(mention.id(), hash);
                affected.add(FactIdentity.canonicalId(mention));
            }
        }
        if (!written.isEmpty()) {
            ensureCanonicalRows(connection, written.values());
            upsertMentions(connection, documentId, written, hashes);
            entities.unlink(connection, written.keySet());
            entities.link(connection, written);
        }
        return affected;
    }

    /** Removes every mention of the document; returns the canonical facts that lost one. */
    public Set<String> removeMentions(Connection connection, String documentId) throws SQLException {
        Set<String> affected = new TreeSet<>();
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from mentions where document_id = ? returning canonical_id")) {
            delete.setString(1, documentId);
            try (ResultSet rs = delete.executeQuery()) {
                while (rs.next()) {
                    affected.add(rs.getString(1));
                }
            }
        }
        return affected;
    }

    private record StoredCanonical(String id, String factJson, boolean retracted, String stateHash) {
        boolean published() {
            return !NEVER_PUBLISHED.equals(stateHash);
        }
    }

    private record StoredSource(String mentionId, String documentId, String factJson, String contentHash) {
    }

    /**
     * Brings each canonical fact in line with its mentions and records the events of real changes: reads all the
     * facts and their mentions in two queries, writes the changes in batches, then reconciles conflicts for the facts
     * whose type can have any. Events of one fact keep their order (its change, then its conflicts).
     */
    public void settle(Connection connection, Set<String> canonicalIds, PendingEvents events) throws SQLException {
        if (canonicalIds.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(new TreeSet<>(canonicalIds));
        Map<String, StoredCanonical> rows = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, fact::text, retracted, state_hash from canonical_facts where id = any(?) order by id for update")) {
            select.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new StoredCanonical(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            rs.getString(4)));
                }
            }
        }
        Map<String, List<StoredSource>> sources = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select canonical_id, id, document_id, fact::text, content_hash from mentions where canonical_id = any(?) "
                        + "order by canonical_id, id")) {
            select.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            new StoredSource(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }

        Map<String, Fact> changed = new LinkedHashMap<>();   // id -> merged fact (null: retracted)
        try (PreparedStatement delete = connection.prepareStatement("delete from canonical_facts where id = ?");
             PreparedStatement retract = connection.prepareStatement("update canonical_facts set retracted = true, "
                     + "state_hash = '" + RETRACTED + "', updated_at = now() where id = ?");
             PreparedStatement update = connection.prepareStatement("update canonical_facts set fact = ?::jsonb, "
                     + "date = ?, status = ?, retracted = false, state_hash = ?, updated_at = now() where id = ?")) {
            for (String id : ids) {
                StoredCanonical row = rows.get(id);
                if (row == null) {
                    continue;
                }
                List<StoredSource> mentionRows = sources.getOrDefault(id, List.of());
                if (mentionRows.isEmpty()) {
                    if (!row.published()) {
                        delete.setString(1, id);
                        delete.addBatch();
                    } else if (!row.retracted()) {
                        retract.setString(1, id);
                        retract.addBatch();
                        events.fact(CatalogEventType.FactRetracted, parse(row.factJson()), List.of());
                        changed.put(id, null);
                    }
                    continue;
                }
                List<Fact> mentionFacts = new ArrayList<>(mentionRows.size());
                Map<String, String> documentOf = new HashMap<>();
                List<String> mentionState = new ArrayList<>(mentionRows.size());
                for (StoredSource source : mentionRows) {
                    mentionFacts.add(parse(source.factJson()));
                    documentOf.put(source.mentionId(), source.documentId());
                    mentionState.add(source.mentionId() + "=" + source.contentHash());
                }
                Fact merged = CanonicalMerge.merge(id, mentionFacts);
                String mergedJson = FactJson.toJsonString(merged);
                String newHash = Digests.sha256(mergedJson, String.join(",", mentionState));
                if (row.published() && !row.retracted() && newHash.equals(row.stateHash())) {
                    continue;
                }
                update.setString(1, mergedJson);
                update.setString(2, merged.date());
                update.setString(3, merged.status());
                update.setString(4, newHash);
                update.setString(5, id);
                update.addBatch();
                List<Mention> mentions = mentionFacts.stream().sorted(CanonicalMerge.PRECEDENCE)
                        .map(f -> Mentions.of(documentOf.get(f.id()), f)).toList();
                events.fact(row.published() && !row.retracted()
                        ? CatalogEventType.FactCorroborated : CatalogEventType.FactRecorded, merged, mentions);
                changed.put(id, merged);
            }
            delete.executeBatch();
            retract.executeBatch();
            update.executeBatch();
        }
        // conflicts last, once every fact of the batch has its new state
        for (Map.Entry<String, Fact> entry : changed.entrySet()) {
            Fact fact = entry.getValue() != null ? entry.getValue() : parse(rows.get(entry.getKey()).factJson());
            if (conflictRules.canConflict(fact.type())) {
                reconcileConflicts(connection, entry.getKey(), entry.getValue(), events);
            }
        }
    }

    /**
     * Makes the conflicts of fact {@code id} what the rules say given the other live facts with its undated identity;
     * {@code merged} null means the fact is retracted and has no conflicts any more. Each fact whose conflict set
     * changed gets a FactConflicted event carrying its complete current set (empty: the disagreement is gone).
     */
    private void reconcileConflicts(Connection connection, String id, Fact merged, PendingEvents events)
            throws SQLException {
        Set<String> desired = new TreeSet<>();
        if (merged != null) {
            try (PreparedStatement select = connection.prepareStatement(
                    "select o.id, o.fact::text from canonical_facts o join canonical_facts me on me.id = ? "
                            + "where o.undated_id = me.undated_id and o.id <> me.id and not o.retracted")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (conflictRules.disagree(merged, parse(rs.getString(2)))) {
                            desired.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        Set<String> current = conflictsOf(connection, id);
        Set<String> added = new TreeSet<>(desired);
        added.removeAll(current);
        Set<String> removed = new TreeSet<>(current);
        removed.removeAll(desired);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into conflicts (fact_a, fact_b, field) values (?, ?, ?) on conflict do nothing");
             PreparedStatement delete = connection.prepareStatement(
                     "delete from conflicts where fact_a = ? and fact_b = ?")) {
            for (String other : added) {
                insert.setString(1, min(id, other));
                insert.setString(2, max(id, other));
                insert.setString(3, ConflictRules.DATE_FIELD);
                insert.addBatch();
            }
            for (String other : removed) {
                delete.setString(1, min(id, other));
                delete.setString(2, max(id, other));
                delete.addBatch();
            }
            insert.executeBatch();
            delete.executeBatch();
        }
        Set<String> touched = new TreeSet<>(added);
        touched.addAll(removed);
        if (merged != null) {
            events.conflict(merged, List.copyOf(desired), ConflictRules.DATE_FIELD);
        }
        for (String other : touched) {
            events.conflict(currentFact(connection, other), List.copyOf(conflictsOf(connection, other)),
                    ConflictRules.DATE_FIELD);
        }
    }

    public Set<String> conflictsOf(Connection connection, String id) throws SQLException {
        Set<String> others = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select fact_b from conflicts where fact_a = ? union select fact_a from conflicts where fact_b = ?")) {
            select.setString(1, id);
            select.setString(2, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    others.add(rs.getString(1));
                }
            }
        }
        return others;
    }

    private Fact currentFact(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select fact::text from canonical_facts where id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("canonical fact " + id + " vanished");
                }
                return parse(rs.getString(1));
            }
        }
    }

    private Map<String, StoredMention> storedMentions(Connection connection, String documentId) throws SQLException {
        Map<String, StoredMention> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, canonical_id, content_hash from mentions where document_id = ?")) {
            select.setString(1, documentId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new StoredMention(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return stored;
    }

    private void deleteMentions(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from mentions where id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("text", ids.toArray()));
            delete.executeUpdate();
        }
    }

    /** A mention needs its canonical row; a new one stays unannounced (and retracted) until settled. */
    private void ensureCanonicalRows(Connection connection, Iterable<Fact> mentions) throws SQLException {
        Set<String> seen = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into canonical_facts (id, type, undated_id, date, fact, status, retracted, state_hash) "
                        + "values (?, ?, ?, ?, ?::jsonb, ?, true, '" + NEVER_PUBLISHED + "') on conflict (id) do nothing")) {
            for (Fact mention : mentions) {
                String canonicalId = FactIdentity.canonicalId(mention);
                if (!seen.add(canonicalId)) {
                    continue;
                }
                insert.setString(1, canonicalId);
                insert.setString(2, mention.type().name());
                insert.setString(3, FactIdentity.undatedId(mention));
                insert.setString(4, mention.date());
                insert.setString(5, FactJson.toJsonString(mention.withId(canonicalId)));
                insert.setString(6, mention.status());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void upsertMentions(Connection connection, String documentId, Map<String, Fact> mentions,
                                Map<String, String> hashes) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "insert into mentions (id, canonical_id, document_id, sentence_index, spans, confidence, "
                        + "extractor_version, evidence, fact, content_hash) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?) "
                        + "on conflict (id) do update set sentence_index = excluded.sentence_index, spans = excluded.spans, "
                        + "confidence = excluded.confidence, extractor_version = excluded.extractor_version, "
                        + "evidence = excluded.evidence, fact = excluded.fact, content_hash = excluded.content_hash")) {
            for (Fact mention : mentions.values()) {
                String factJson = FactJson.toJsonString(mention);
                upsert.setString(1, mention.id());
                upsert.setString(2, FactIdentity.canonicalId(mention));
                upsert.setString(3, documentId);
                if (mention.provenance() == null) {
                    upsert.setNull(4, java.sql.Types.INTEGER);
                    upsert.setString(5, null);
                } else {
                    upsert.setInt(4, mention.provenance().sentenceIndex());
                    upsert.setString(5, FactJson.toJson(mention).get("provenance").toString());
                }
                upsert.setDouble(6, mention.confidence());
                upsert.setString(7, mention.extractorVersion());
                upsert.setString(8, mention.evidence());
                upsert.setString(9, factJson);
                upsert.setString(10, hashes.get(mention.id()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private Fact parse(String json) {
        try {
            return FactJson.fromJson(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fact is not JSON", e);
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
