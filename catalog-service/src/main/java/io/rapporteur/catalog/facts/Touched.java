package io.rapporteur.catalog.facts;

import io.rapporteur.contract.fact.Fact;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one transaction's writes touched: the canonical facts whose sources changed, to be settled once at the end,
 * and the mentions it wrote and still holds in memory, so that settling need not read them back and parse them again
 * (nor read at all the sources of a fact that is new in this transaction: they are all here).
 */
public final class Touched {

    /** A mention this transaction wrote. */
    record Written(Fact fact, String canonicalId, String documentId, String contentHash) {
    }

    private final Set<String> canonicalIds = new TreeSet<>();
    private final Map<String, Written> written = new HashMap<>();
    /** canonical id to the ids of its mentions in {@link #written}, in id order. */
    private final Map<String, Set<String>> writtenByCanonical = new HashMap<>();
    /**
     * Facts merged ahead of settling as new, from this transaction's mentions (FactStore.prepare); valid while no
     * mention is written or forgotten after.
     */
    private Map<String, FactStore.Merged> prepared = Map.of();

    public void canonical(String canonicalId) {
        canonicalIds.add(canonicalId);
    }

    public void canonicals(Collection<String> ids) {
        canonicalIds.addAll(ids);
    }

    void mention(Fact mention, String canonicalId, String documentId, String contentHash) {
        forget(mention.id());
        prepared = Map.of();
        written.put(mention.id(), new Written(mention, canonicalId, documentId, contentHash));
        writtenByCanonical.computeIfAbsent(canonicalId, k -> new TreeSet<>()).add(mention.id());
        canonicalIds.add(canonicalId);
    }

    /** The mention was deleted after this transaction wrote it (its document's facts changed again, or it went). */
    void forget(String mentionId) {
        Written gone = written.remove(mentionId);
        if (gone != null) {
            prepared = Map.of();
            writtenByCanonical.get(gone.canonicalId()).remove(mentionId);
        }
    }

    /** The in-memory fact of a mention written by this transaction, or null. */
    Fact mentionFact(String mentionId) {
        Written mention = written.get(mentionId);
        return mention == null ? null : mention.fact();
    }

    Set<String> mentionIds() {
        return written.keySet();
    }

    /** The mentions of this canonical fact that this transaction wrote (and did not delete since), in id order. */
    List<Written> writtenMentionsOf(String canonicalId) {
        return writtenByCanonical.getOrDefault(canonicalId, Set.of()).stream().map(written::get).toList();
    }

    void prepared(Map<String, FactStore.Merged> merged) {
        prepared = merged;
    }

    /** The fact merged ahead of settling as new, or null. */
    FactStore.Merged prepared(String canonicalId) {
        return prepared.get(canonicalId);
    }

    public Set<String> canonicalIds() {
        return canonicalIds;
    }

    public boolean isEmpty() {
        return canonicalIds.isEmpty();
    }
}
