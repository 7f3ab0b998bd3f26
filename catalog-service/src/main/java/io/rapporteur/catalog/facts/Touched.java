package io.rapporteur.catalog.facts;

import io.rapporteur.contract.fact.Fact;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one transaction's writes touched: the canonical facts whose sources changed, to be settled once at the end,
 * and the mention facts it already holds in memory, so that settling need not read them back and parse them again.
 */
public final class Touched {

    private final Set<String> canonicalIds = new TreeSet<>();
    private final Map<String, Fact> mentionFacts = new HashMap<>();

    public void canonical(String canonicalId) {
        canonicalIds.add(canonicalId);
    }

    public void canonicals(Collection<String> ids) {
        canonicalIds.addAll(ids);
    }

    void mention(Fact mention) {
        mentionFacts.put(mention.id(), mention);
    }

    /** The in-memory fact of a mention written by this transaction, or null. */
    Fact mentionFact(String mentionId) {
        return mentionFacts.get(mentionId);
    }

    Set<String> mentionIds() {
        return mentionFacts.keySet();
    }

    public Set<String> canonicalIds() {
        return canonicalIds;
    }

    public boolean isEmpty() {
        return canonicalIds.isEmpty();
    }
}
