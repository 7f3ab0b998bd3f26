package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;

import java.util.List;
import java.util.Set;

/**
 * A state's Universal Periodic Review, which the genre records like a treaty body's review: a dialogue between the
 * state and the UPR Working Group, numbered by the cycle. "Thailand underwent its second Universal Periodic Review on
 * 11 May 2016", "China underwent the Universal Periodic Review for the first time at the fourth session of ...",
 * "Kyrgyzstan ... will undergo its third Universal Periodic Review in January 2020".
 */
public final class PeriodicReviewRule implements Rule {

    static final String UPR = "org:UPR";
    private static final Set<String> UNDERGO = Set.of("underwent", "undergo", "undergoes", "undergone", "undergoing");
    /** The most tokens between the verb and the review's name: "its third review under the Universal Periodic". */
    private static final int MAX_OBJECT = 7;

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        for (int verb = 1; verb < v.tokens.size(); verb++) {
            if (!UNDERGO.contains(v.token(verb).norm())) {
                continue;
            }
            int ce = v.clauseEnd(verb);
            Mention review = v.firstRight(verb + 1, Math.min(ce, verb + 1 + MAX_OBJECT),
                    m -> UPR.equals(m.id()));
            if (review == null) {
                continue;
            }
            Mention subject = v.nearestLeft(verb, m -> m.isStateLike() || m.kind() == MentionKind.PRONOUN);
            subject = subject == null ? null : v.resolved(subject, Set.of());
            if (subject == null || subject.id() == null || !subject.isStateLike() && subject.actingState() == null) {
                continue;
            }
            Mention state = subject.isStateLike() && subject.actingState() != null && !subject.actingState().equals(subject.id())
                    ? subject.withId(subject.actingState(), MentionKind.STATE) : subject;
            Integer ordinal = cycle(v, verb + 1, review);
            int nameStart = review.tokStart();
            int[] before = v.ordinalEndingAt(review.tokStart() - 1);
            if (before != null) {
                nameStart = before[1]; // "its second Universal Periodic Review"
            }
            String status = v.statusAround(v.clauseStart(verb), verb + 1, null);
            FactDraft fact = new FactDraft(FactType.EXCHANGE).status(status, "DIALOGUE").code("format", "DIALOGUE")
                    .entities("participants", List.of(state, review));
            fact.fields.put("ordinal", ordinal);
            fact.text("name", "Universal Periodic Review", review.start(), review.end());
            fact.code("topic", "human rights");
            SentenceView.PlaceHit place = v.placeIn(verb + 1, ce);
            if (place != null) {
                fact.place(place.place(), place.start(), place.end());
            }
            DateMention date = v.nearestDate(verb);
            fact.date(date == null ? null : date.iso(), false);
            out.add(fact);
            String fullName = v.text(nameStart, review.tokEnd()).replaceFirst("^(?i)the ", "");
            v.remember("DIALOGUE", fact, fullName);
        }
    }

    /** The review's cycle: "its second Universal Periodic Review", "its third review under", "for the first time". */
    private static Integer cycle(SentenceView v, int from, Mention review) {
        for (int k = from; k < review.tokStart(); k++) {
            int[] ordinal = v.ordinalAt(k);
            if (ordinal != null) {
                return ordinal[0];
            }
        }
        int k = review.tokEnd();
        if (v.tokenIs(k, "for") && v.tokenIs(k + 1, "the") && v.tokenIs(k + 3, "time")) {
            int[] ordinal = v.ordinalAt(k + 2);
            return ordinal == null ? null : ordinal[0];
        }
        return null;
    }
}
