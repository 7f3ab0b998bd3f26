package io.rapporteur.catalog.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.catalog.ArrayRows;
import io.rapporteur.catalog.CopyRows;
import io.rapporteur.catalog.Digests;
import io.rapporteur.catalog.TextArrays;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical facts and their mentions, written set-wise: the fact sets of many documents replace their mentions in a
 * handful of statements (one read of what is stored, one delete, one insert per table, each taking arrays), and every
 * canonical fact whose sources changed is settled once at the end of the transaction: merged again, and announced
 * only if its state really changed.
 */
public final class FactStore {

    /**
     * state_hash of a canonical row that was never announced (rows of catalogs before V3 held mentions that way;
     * settling now inserts a canonical fact in its announced state).
     */
    private static final String NEVER_PUBLISHED = "";
    private static final String RETRACTED = "retracted";

    private final ObjectMapper mapper;
    private final EntityStore entities;
    private final Conflicts conflicts;

    public FactStore(ObjectMapper mapper, EntityStore entities, ConflictRules conflictRules) {
        this.mapper = mapper;
        this.entities = entities;
        this.conflicts = new Conflicts(conflictRules, this::parse);
    }

    private record StoredMention(String documentId, String canonicalId, String contentHash) {
    }

    /** A mention to write, with everything the row needs computed once. */
    private record MentionRow(String documentId, Fact fact, String canonicalId, String json, String contentHash) {

        /** The columns a mention row is written with, in the order of {@link #values()}. */
        static final String COLUMNS =
                "id, canonical_id, document_id, sentence_index, confidence, extractor_version, fact, content_hash";

        Object[] values() {
            return new Object[] {fact.id(), canonicalId, documentId,
                    fact.provenance() == null ? null : fact.provenance().sentenceIndex(),
                    fact.confidence(), fact.extractorVersion(), json, contentHash};
        }
    }

    /**
     * Makes each document's mentions exactly its fact set (set semantics: the same set again changes nothing).
     *
     * @param factSets document id to its complete fact set; documents withdrawn are the caller's business
     * @param touched  receives the canonical facts that gained, lost or changed a mention
     */
    public void replaceMentions(Connection connection, Map<String, List<Fact>> factSets, Touched touched)
            throws SQLException {
        if (factSets.isEmpty()) {
            return;
        }
        Map<String, Map<String, Stated>> wanted = new LinkedHashMap<>();
        factSets.forEach((documentId, facts) -> wanted.put(documentId, wantedMentions(documentId, facts)));

        Map<String, StoredMention> stored = storedMentions(connection, wanted.keySet());
        List<String> removed = new ArrayList<>();
        List<String> rewritten = new ArrayList<>();
        stored.forEach((id, mention) -> {
            if (!wanted.get(mention.documentId()).containsKey(id)) {
                removed.add(id);
                touched.canonical(mention.canonicalId());
                touched.forget(id);
            }
        });

        // serialising and hashing is most of the Java work of a batch, and independent per mention: both cores do it
        // (the database is idle meanwhile)
        List<MentionRow> candidates = wanted.entrySet().stream()
                .flatMap(doc -> doc.getValue().values().stream().map(mention -> Map.entry(doc.getKey(), mention)))
                .toList().parallelStream()
                .map(entry -> mentionRow(entry.getKey(), entry.getValue()))
                .toList();
        List<MentionRow> rows = new ArrayList<>();
        for (MentionRow row : candidates) {
            StoredMention before = stored.get(row.fact().id());
            if (before != null && before.contentHash().equals(row.contentHash())) {
                continue;
            }
            if (before != null) {
                rewritten.add(row.fact().id());
            }
            rows.add(row);
            touched.mention(row.fact(), row.canonicalId(), row.documentId(), row.contentHash());
        }

        deleteMentions(connection, removed);
        if (!rows.isEmpty()) {
            entities.unlink(connection, rewritten);
            Set<String> rewrittenIds = new HashSet<>(rewritten);
            // new mentions cannot collide with stored rows: COPY them; the rare rewrite is an upsert
            copyMentions(connection, rows.stream().filter(row -> !rewrittenIds.contains(row.fact().id())).toList());
            upsertMentions(connection, rows.stream().filter(row -> rewrittenIds.contains(row.fact().id())).toList());
            Map<String, Fact> linked = new LinkedHashMap<>();
            rows.forEach(row -> linked.put(row.fact().id(), row.fact()));
            entities.link(connection, linked);
        }
    }

    private static MentionRow mentionRow(String documentId, Stated stated) {
        String json = FactJson.toJsonString(stated.mention());
        return new MentionRow(documentId, stated.mention(), stated.canonicalId(), json, Digests.sha256(json));
    }

    /** A document's fact under its mention id, and the canonical fact it is a mention of. */
    private record Stated(Fact mention, String canonicalId) {
    }

    /** The document's facts under their mention ids; of two facts with one id, the one that merging prefers. */
    private static Map<String, Stated> wantedMentions(String documentId, List<Fact> facts) {
        Map<String, Stated> wanted = new LinkedHashMap<>();
        for (Fact fact : facts) {
            // the mention id is ours to compute: it must not depend on what the producer put in "id"
            FactIdentity.MentionIds ids = FactIdentity.mentionIds(documentId, fact);
            Stated stated = new Stated(fact.withId(ids.mentionId()), ids.canonicalId());
            wanted.merge(ids.mentionId(), stated,
                    (a, b) -> CanonicalMerge.PRECEDENCE.compare(a.mention(), b.mention()) <= 0 ? a : b);
        }
        return wanted;
    }

    /**
     * Removes every mention of the document; its canonical facts go into {@code touched}, and are returned.
     */
    public Set<String> removeMentions(Connection connection, String documentId, Touched touched) throws SQLException {
        Set<String> lost = new TreeSet<>();
        try (PreparedStatement unlink = connection.prepareStatement(
                "delete from entity_mentions where mention_id in (select id from mentions where document_id = ?)");
             PreparedStatement delete = connection.prepareStatement(
                "delete from mentions where document_id = ? returning id, canonical_id")) {
            unlink.setString(1, documentId);
            unlink.executeUpdate();
            delete.setString(1, documentId);
            try (ResultSet rs = delete.executeQuery()) {
                while (rs.next()) {
                    touched.forget(rs.getString(1));
                    lost.add(rs.getString(2));
                }
            }
        }
        touched.canonicals(lost);
        return lost;
    }

    private record StoredCanonical(String id, String factJson, boolean retracted, String stateHash) {
        boolean published() {
            return !NEVER_PUBLISHED.equals(stateHash);
        }
    }

    private record StoredSource(String mentionId, String documentId, String factJson, String contentHash) {
    }

    /**
     * Brings each touched canonical fact in line with its mentions and records the events of real changes: locks and
     * reads the facts, reads the sources of those not prepared ahead (or that have a row since), merges them, writes
     * the changes in three statements, then reconciles the conflicts of the facts whose type can have any. Events of
     * one fact keep their order (its change, then its conflicts).
     */
    public void settle(Connection connection, Touched touched, PendingEvents events) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(touched.canonicalIds());
        SettleLocks.lock(connection, SettleLocks.CANONICAL_FACTS, ids);
        Map<String, StoredCanonical> rows = storedCanonicals(connection, ids);
        // each fact's merge from all its sources; a fact without any source has none
        Map<String, Merged> mergedFacts = new ConcurrentHashMap<>();
        List<String> unprepared = new ArrayList<>();
        for (String id : ids) {
            // merged ahead as new: exactly what merging now gives if the fact still has no row (its sources are then
            // all this transaction's mentions)
            Merged prepared = rows.containsKey(id) ? null : touched.prepared(id);
            if (prepared != null) {
                mergedFacts.put(id, prepared);
            } else {
                unprepared.add(id);
            }
        }
        mergeFromSources(connection, unprepared, rows, touched, mergedFacts);

        List<String> deletes = new ArrayList<>();
        List<String> retracts = new ArrayList<>();
        List<Merged> upserts = new ArrayList<>();
        // the changed facts whose type can conflict (id -> merged fact, null: retracted) and their identity groups
        Map<String, Fact> mayConflict = new LinkedHashMap<>();
        Set<String> conflictGroups = new TreeSet<>();
        for (String id : ids) {
            StoredCanonical row = rows.get(id);
            Merged merged = mergedFacts.get(id);
            if (row == null && merged == null) {
                continue;
            }
            if (merged == null) {
                if (!row.published()) {
                    deletes.add(id);
                } else if (!row.retracted()) {
                    retracts.add(id);
                    Fact last = parse(row.factJson());
                    events.fact(CatalogEventType.FactRetracted, last, List.of());
                    if (conflicts.rules().canConflict(last.type())) {
                        mayConflict.put(id, null);
                        conflictGroups.add(FactIdentity.undatedId(last));
                    }
                }
                continue;
            }
            boolean live = row != null && row.published() && !row.retracted();
            if (live && merged.stateHash().equals(row.stateHash())) {
                continue;
            }
            upserts.add(merged);
            events.fact(live ? CatalogEventType.FactCorroborated : CatalogEventType.FactRecorded, merged.fact(),
                    merged.mentions());
            if (conflicts.rules().canConflict(merged.fact().type())) {
                mayConflict.put(id, merged.fact());
                conflictGroups.add(merged.undatedId());
            }
        }
        deleteCanonicals(connection, deletes);
        retractCanonicals(connection, retracts);
        // a fact without a row can only be inserted by this transaction while it holds the fact's settle lock
        copyCanonicals(connection, upserts.stream().filter(m -> !rows.containsKey(m.fact().id())).toList());
        upsertCanonicals(connection, upserts.stream().filter(m -> rows.containsKey(m.fact().id())).toList());
        // conflicts last, once every fact of the batch has its new state
        SettleLocks.lock(connection, SettleLocks.CONFLICT_GROUPS, conflictGroups);
        conflicts.reconcile(connection, mayConflict, conflictGroups, events);
    }

    /**
     * Merges these facts from their sources into {@code merged} (a fact without sources gets no entry). A fact without
     * a row is new in this transaction, and so are all its mentions (a committed mention comes with its settled fact,
     * and the settle lock made any other transaction stating it commit first): only the sources of the facts that have
     * a row are read.
     */
    private void mergeFromSources(Connection connection, List<String> ids, Map<String, StoredCanonical> rows,
                                  Touched touched, Map<String, Merged> merged) throws SQLException {
        Map<String, List<StoredSource>> sources = storedSources(connection,
                ids.stream().filter(rows::containsKey).toList(), touched);
        for (String id : ids) {
            if (!rows.containsKey(id)) {
                List<StoredSource> written = writtenSources(touched, id);
                if (!written.isEmpty()) {
                    sources.put(id, written);
                }
            }
        }
        // merging is independent per fact: both cores do it (events are recorded later, in id order)
        sources.entrySet().parallelStream().forEach(entry ->
                merged.put(entry.getKey(), merge(entry.getKey(), entry.getValue(), touched)));
    }

    /**
     * Merges ahead of settling the touched facts that have no row yet, from this transaction's mentions (a bulk load
     * states mostly new facts), without locking anything; settling uses such a merge if the fact still has no row.
     * The pipelined consumer runs this while the previous batch settles, which moves the merging of new facts out of
     * the part of a batch that the next one waits for.
     */
    public void prepare(Connection connection, Touched touched) throws SQLException {
        Map<String, List<StoredSource>> written = new HashMap<>();
        for (String id : touched.canonicalIds()) {
            List<StoredSource> sources = writtenSources(touched, id);
            if (!sources.isEmpty()) {
                written.put(id, sources);
            }
        }
        if (written.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("select id from canonical_facts where id = any(?)")) {
            select.setArray(1, TextArrays.text(connection, written.keySet()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    written.remove(rs.getString(1));
                }
            }
        }
        Map<String, Merged> prepared = new ConcurrentHashMap<>();
        written.entrySet().parallelStream().forEach(entry ->
                prepared.put(entry.getKey(), merge(entry.getKey(), entry.getValue(), touched)));
        touched.prepared(prepared);
    }

    /** The sources of a fact that this transaction wrote, as settling reads stored ones (the fact is in memory). */
    private static List<StoredSource> writtenSources(Touched touched, String canonicalId) {
        return touched.writtenMentionsOf(canonicalId).stream()
                .map(m -> new StoredSource(m.fact().id(), m.documentId(), null, m.contentHash())).toList();
    }

    /**
     * A canonical fact merged from its mentions: the fact, its JSON, the hash of its state, its sources, and its
     * identity without the date (its conflict group).
     */
    record Merged(Fact fact, String json, String stateHash, List<Mention> mentions, String undatedId) {
    }

    private Merged merge(String id, List<StoredSource> mentionRows, Touched touched) {
        List<Fact> mentionFacts = new ArrayList<>(mentionRows.size());
        Map<String, String> documentOf = new HashMap<>();
        List<String> mentionState = new ArrayList<>(mentionRows.size());
        for (StoredSource source : mentionRows) {
            Fact fresh = touched.mentionFact(source.mentionId());
            mentionFacts.add(fresh != null ? fresh : parse(source.factJson()));
            documentOf.put(source.mentionId(), source.documentId());
            mentionState.add(source.mentionId() + "=" + source.contentHash());
        }
        Fact merged = CanonicalMerge.merge(id, mentionFacts);
        String json = FactJson.toJsonString(merged);
        List<Mention> mentions = mentionFacts.stream().sorted(CanonicalMerge.PRECEDENCE)
                .map(f -> Mentions.of(documentOf.get(f.id()), f)).toList();
        return new Merged(merged, json, Digests.sha256(json, String.join(",", mentionState)), mentions,
                FactIdentity.undatedId(merged));
    }

    public Set<String> conflictsOf(Connection connection, String id) throws SQLException {
        return conflicts.of(connection, id);
    }

    private Map<String, StoredCanonical> storedCanonicals(Connection connection, List<String> ids) throws SQLException {
        Map<String, StoredCanonical> rows = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, fact::text, retracted, state_hash from canonical_facts where id = any(?) order by id for update")) {
            select.setArray(1, TextArrays.text(connection, ids));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new StoredCanonical(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            rs.getString(4)));
                }
            }
        }
        return rows;
    }

    /** The mentions of these facts; the fact text only of those this transaction does not hold in memory. */
    private Map<String, List<StoredSource>> storedSources(Connection connection, List<String> ids, Touched touched)
            throws SQLException {
        Map<String, List<StoredSource>> sources = new HashMap<>();
        if (ids.isEmpty()) {
            return sources;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select m.canonical_id, m.id, m.document_id, case when fresh.id is null then m.fact::text end, "
                        + "m.content_hash from mentions m left join unnest(?::text[]) as fresh(id) on fresh.id = m.id "
                        + "where m.canonical_id = any(?) order by m.canonical_id, m.id")) {
            select.setArray(1, TextArrays.text(connection, touched.mentionIds()));
            select.setArray(2, TextArrays.text(connection, ids));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            new StoredSource(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return sources;
    }

    private Map<String, StoredMention> storedMentions(Connection connection, Set<String> documentIds) throws SQLException {
        Map<String, StoredMention> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, document_id, canonical_id, content_hash from mentions where document_id = any(?)")) {
            select.setArray(1, TextArrays.text(connection, documentIds));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new StoredMention(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return stored;
    }

    private static void deleteMentions(Connection connection, List<String> ids) throws SQLException {
        execute(connection, "delete from entity_mentions where mention_id = any(?)", ids);
        execute(connection, "delete from mentions where id = any(?)", ids);
    }

    private static void deleteCanonicals(Connection connection, List<String> ids) throws SQLException {
        execute(connection, "delete from canonical_facts where id = any(?)", ids);
    }

    private static void retractCanonicals(Connection connection, List<String> ids) throws SQLException {
        execute(connection, "update canonical_facts set retracted = true, state_hash = '" + RETRACTED
                + "', updated_at = now() where id = any(?)", ids);
    }

    private static void execute(Connection connection, String sql, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, TextArrays.text(connection, ids));
            statement.executeUpdate();
        }
    }

    /** Inserts canonical facts that have no row yet (their settle locks are held): a COPY, the cheapest insert. */
    private static void copyCanonicals(Connection connection, List<Merged> rows) throws SQLException {
        CopyRows copy = new CopyRows();
        for (Merged row : rows) {
            Fact fact = row.fact();
            copy.add(fact.id(), fact.type().name(), row.undatedId(), fact.date(), row.json(), fact.status(), false,
                    row.stateHash());
        }
        copy.into(connection, "canonical_facts (id, type, undated_id, date, fact, status, retracted, state_hash)");
    }

    /**
     * Updates the changed canonical facts that have a row, in one statement. An upsert rather than an update: it is
     * the last guard should a transaction ever not see a row that another one inserted.
     */
    private static void upsertCanonicals(Connection connection, List<Merged> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        ArrayRows upserts = new ArrayRows("text", "text", "text", "text", "text", "text", "text");
        for (Merged row : rows) {
            Fact fact = row.fact();
            upserts.add(fact.id(), fact.type().name(), row.undatedId(), row.json(), fact.date(),
                    fact.status(), row.stateHash());
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "insert into canonical_facts (id, type, undated_id, date, fact, status, retracted, state_hash) "
                        + "select u.id, u.type, u.undated, u.date, u.fact, u.status, false, u.hash "
                        + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                        + "as u(id, type, undated, fact, date, status, hash) "
                        + "on conflict (id) do update set fact = excluded.fact, date = excluded.date, "
                        + "status = excluded.status, retracted = false, state_hash = excluded.state_hash, updated_at = now()")) {
            upserts.bind(connection, upsert, 1);
            upsert.executeUpdate();
        }
    }

    private static void copyMentions(Connection connection, List<MentionRow> rows) throws SQLException {
        CopyRows copy = new CopyRows();
        rows.forEach(row -> copy.add(row.values()));
        copy.into(connection, "mentions (" + MentionRow.COLUMNS + ")");
    }

    private static void upsertMentions(Connection connection, List<MentionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        ArrayRows upserts = new ArrayRows("text", "text", "text", "int4", "float8", "text", "text", "text");
        rows.forEach(row -> upserts.add(row.values()));
        try (PreparedStatement upsert = connection.prepareStatement(
                "insert into mentions (" + MentionRow.COLUMNS + ") select * "
                        + "from unnest(?::text[], ?::text[], ?::text[], ?::int4[], ?::float8[], ?::text[], ?::text[], "
                        + "?::text[]) "
                        + "on conflict (id) do update set sentence_index = excluded.sentence_index, "
                        + "confidence = excluded.confidence, extractor_version = excluded.extractor_version, "
                        + "fact = excluded.fact, content_hash = excluded.content_hash")) {
            upserts.bind(connection, upsert, 1);
            upsert.executeUpdate();
        }
    }

    private Fact parse(String json) {
        try {
            return FactJson.fromJson(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fact is not JSON", e);
        }
    }
}
