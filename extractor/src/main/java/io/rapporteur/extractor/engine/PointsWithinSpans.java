package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.extractor.date.IsoDates;
import io.rapporteur.extractor.rules.visit.VisitRule;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Drops a visit or exchange dated by a single day that falls inside the span of the same visit or exchange the document
 * also reports: "paid a state visit to France from 24 to 26 March 2019" and "arrived in Paris on 24 March 2019 for a
 * state visit to France" are one visit, best dated by its span; so is a visit a release reports concluded a few days
 * after its last day. Likewise a treaty body's review dated by its whole session where the document also gives the
 * review's own days.
 */
final class PointsWithinSpans {

    private static final Set<FactType> LASTING = Set.of(FactType.VISIT, FactType.EXCHANGE);

    List<Fact> remove(Collection<Fact> facts) {
        List<Fact> spans = facts.stream().filter(f -> LASTING.contains(f.type()) && isSpan(f.date())).toList();
        if (spans.isEmpty()) {
            return List.copyOf(facts);
        }
        return facts.stream().filter(f -> !withinAnotherSpan(f, spans) && !sessionSpanOfAReview(f, facts)).toList();
    }

    /**
     * Whether a treaty body's review is dated by the whole session ("During the session, the Committee reviewed the
     * reports of A, B and C") while the document also gives its own days, inside that span ("The review of A took place
     * on 18 and 19 August"): the same review, dated best by its own days.
     */
    private static boolean sessionSpanOfAReview(Fact fact, Collection<Fact> facts) {
        if (fact.type() != FactType.EXCHANGE || !isSpan(fact.date()) || fact.fields().get("ordinal") != null
                || !"DIALOGUE".equals(fact.fields().get("format"))) {
            return false;
        }
        String key = FactIdentity.undatedKey(fact);
        for (Fact other : facts) {
            if (other != fact && other.date() != null && !other.date().equals(fact.date())
                    && key.equals(FactIdentity.undatedKey(other))
                    && IsoDates.pointWithin(IsoDates.start(other.date()), fact.date())
                    && IsoDates.pointWithin(IsoDates.end(other.date()), fact.date())) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinAnotherSpan(Fact fact, List<Fact> spans) {
        if (!LASTING.contains(fact.type()) || fact.date() == null || isSpan(fact.date())) {
            return false;
        }
        String key = FactIdentity.undatedKey(fact);
        for (Fact span : spans) {
            if (!key.equals(FactIdentity.undatedKey(span))) {
                continue;
            }
            if (IsoDates.pointWithin(fact.date(), span.date()) || fact.type() == FactType.VISIT
                    && VisitRule.reportedWithin(fact.date(), span.date())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpan(String date) {
        return date != null && date.indexOf('/') > 0;
    }
}
