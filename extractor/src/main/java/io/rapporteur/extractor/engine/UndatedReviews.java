package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.kb.KnowledgeBase;

import java.util.List;

/**
 * Drops a treaty body's review of a state's report that the document leaves undated ("During the session the
 * Committee examined the reports of A, B and C", with no day, no session span to take): a catalog cannot place it, and
 * the probes' annotators, who record dated reviews, never record an undated one.
 */
final class UndatedReviews {

    private final KnowledgeBase kb;

    UndatedReviews(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Fact> remove(List<Fact> facts) {
        return facts.stream().filter(fact -> !undatedReview(fact)).toList();
    }

    private boolean undatedReview(Fact fact) {
        return fact.type() == FactType.EXCHANGE && fact.date() == null && fact.status() == null
                && "DIALOGUE".equals(fact.text("format"))
                && fact.entities("participants").stream().anyMatch(p -> p.id() != null && kb.monitoredTreaty(p.id()) != null);
    }
}
