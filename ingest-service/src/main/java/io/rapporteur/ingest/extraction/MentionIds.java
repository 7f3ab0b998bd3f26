package io.rapporteur.ingest.extraction;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.ids.FactIdentity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each fact of a document its mention id (document id + type + key fields). Two facts of one document with the
 * same id say the same thing twice (the text repeats itself, or two rules found it): the first, in text order, stands
 * for both, so that the catalog sees each mention once.
 */
public final class MentionIds {

    private MentionIds() {
    }

    public static List<Fact> assign(String documentId, List<Fact> facts) {
        Set<String> seen = new LinkedHashSet<>();
        List<Fact> identified = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            String id = FactIdentity.mentionId(documentId, fact);
            if (seen.add(id)) {
                identified.add(fact.withId(id));
            }
        }
        return List.copyOf(identified);
    }
}
