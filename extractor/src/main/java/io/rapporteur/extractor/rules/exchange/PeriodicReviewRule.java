package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentencePlaces;
import io.rapporteur.extractor.rules.SentenceView;

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
        if (!undergone(v, out)) {
            named(v, out);
        }
    }

    /**
     * "Malaysia's third Universal Periodic Review, which took place in Geneva on 8 November", "9 May 2018 - Third
     * Universal Periodic Review of Uzbekistan held in Geneva", "Egypt's third Universal Periodic Review, which is
     * scheduled for November 2019", "the second cycle of the universal periodic review of Kazakhstan": a review named
     * with its cycle and its state.
     */
    private static void named(SentenceView v, List<FactDraft> out) {
        for (Mention review : v.mentions) {
            if (!UPR.equals(review.id())) {
                continue;
            }
            int[] ordinal = v.ordinals().endingAt(review.tokStart() - 1);
            if (ordinal == null && v.tokenIs(review.tokStart() - 1, "cycle") && v.tokenIs(review.tokStart() - 2, "-")) {
                ordinal = v.ordinals().endingAt(review.tokStart() - 3); // "Kenya's first-cycle Universal Periodic Review"
            }
            int nameStart = ordinal == null ? review.tokStart() : ordinal[1];
            int article = v.tokenIs(review.tokStart(), "the") ? review.tokStart() : review.tokStart() - 1;
            if (ordinal == null && v.tokenIs(article, "the") && v.tokenIs(article - 1, "of")
                    && v.tokenIs(article - 2, "cycle")) {
                ordinal = v.ordinals().endingAt(article - 3); // "the second cycle of the universal periodic review"
                nameStart = ordinal == null ? nameStart : ordinal[1];
            }
            Mention reviewed = null;
            int under = v.tokenIs(review.tokStart(), "the") || !v.tokenIs(review.tokStart() - 1, "the")
                    ? review.tokStart() - 1 : review.tokStart() - 2;
            if (ordinal == null && v.tokenIs(under, "under")) {
                // "The third review of Peru under the Universal Periodic Review took place ...": the cycle on "review"
                for (int k = under - 1; k >= Math.max(1, under - 5); k--) {
                    if (v.tokenIs(k, "review")) {
                        ordinal = v.ordinals().endingAt(k - 1);
                        final int from = k + 1;
                        reviewed = v.firstRight(from, under, m -> m.isStateLike() && v.tokenIs(from, "of")
                                && m.tokStart() <= from + 2);
                        nameStart = ordinal == null ? nameStart : ordinal[1];
                        break;
                    }
                }
            }
            if (ordinal == null) {
                continue;
            }
            final int before = nameStart;
            Mention state = v.nearestLeft(before, m -> m.isStateLike() && m.tokEnd() >= before - 2
                    && v.possessive(m));
            int after = v.tokenIs(review.tokEnd(), "review") ? review.tokEnd() + 1 : review.tokEnd(); // "UPR review of"
            if (state == null && reviewed != null) {
                state = reviewed;
            }
            if (state == null && v.tokenIs(after, "of")) {
                state = v.firstRight(after + 1, after + 3, Mention::isStateLike);
            }
            int dash = v.timelineDash();
            if (state == null && dash > 0 && nameStart == dash + 1 && v.mentionsIn(0, v.tokens.size(), Mention::isStateLike).isEmpty()) {
                // "30 October 2014 - Second Universal Periodic Review.": an entry of the state's own chronology
                state = v.impliedState(v.discourse.mainState(), review.tokStart(), review.tokEnd());
            }
            if (state == null || state.id() == null) {
                continue;
            }
            int ce = v.clauseEnd(review.tokEnd());
            int to = Math.min(v.tokens.size(), ce + 12); // "..., which took place in Geneva on 8 November"
            DateMention date = v.datesIn(review.tokEnd(), to).stream().filter(d -> d.iso() != null).findFirst()
                    .orElse(v.timelineDash() > 0 ? v.nearestDate(review.tokStart()) : null);
            String status = v.statusAround(review.tokEnd(), to, null);
            if (date == null && status == null) {
                continue;
            }
            // its name at its fullest: "Malaysia's third Universal Periodic Review", "Third Universal Periodic Review of
            // Uzbekistan"
            int nameFrom = state.tokEnd() <= before ? state.tokStart() : before;
            int nameTo = state.tokStart() > review.tokStart() ? state.tokEnd() : review.tokEnd();
            out.add(review(v, ExchangeSides.asState(state), review, ordinal[0], date, status, review.tokEnd(), to,
                    v.text(nameFrom, nameTo)));
        }
    }

    private static FactDraft review(SentenceView v, Mention state, Mention review, Integer ordinal, DateMention date,
                                    String status, int placeFrom, int placeTo, String fullName) {
        FactDraft fact = new FactDraft(FactType.EXCHANGE).status(status, "DIALOGUE").code("format", "DIALOGUE")
                .entities("participants", List.of(state, review));
        fact.fields.put("ordinal", ordinal);
        fact.text("name", "Universal Periodic Review", review.start(), review.end());
        fact.code("topic", "human rights");
        SentencePlaces.Hit place = v.places().in(placeFrom, placeTo);
        if (place != null) {
            fact.place(place.place(), place.start(), place.end());
        }
        fact.date(date == null ? null : date.iso(), false);
        v.events().remember(Discourse.REVIEW, fact, fullName.replaceFirst("^(?i)the ", ""));
        return fact;
    }

    /** "X underwent its second Universal Periodic Review on ...": whether the sentence says so (and the facts). */
    private static boolean undergone(SentenceView v, List<FactDraft> out) {
        boolean found = false;
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
            int[] before = v.ordinals().endingAt(review.tokStart() - 1);
            if (before != null) {
                nameStart = before[1]; // "its second Universal Periodic Review"
            }
            String status = v.statusAround(v.clauseStart(verb), verb + 1, null);
            out.add(review(v, state, review, ordinal, v.nearestDate(verb), status, verb + 1, ce,
                    v.text(nameStart, review.tokEnd())));
            found = true;
        }
        return found;
    }

    /** The review's cycle: "its second Universal Periodic Review", "its third review under", "for the first time". */
    private static Integer cycle(SentenceView v, int from, Mention review) {
        for (int k = from; k < review.tokStart(); k++) {
            int[] ordinal = v.ordinals().at(k);
            if (ordinal != null) {
                return ordinal[0];
            }
        }
        int k = review.tokEnd();
        if (v.tokenIs(k, "for") && v.tokenIs(k + 1, "the") && v.tokenIs(k + 3, "time")) {
            int[] ordinal = v.ordinals().at(k + 2);
            return ordinal == null ? null : ordinal[0];
        }
        return null;
    }
}
