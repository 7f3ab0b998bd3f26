package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;

import java.util.List;
import java.util.Locale;

/**
 * A treaty body's review of a state's report, which the genre records as a dialogue between the two (EXCHANGE,
 * DIALOGUE): "The Committee considered the fourth periodic report of Argentina at its 50th and 51st meetings, held on
 * 27 and 28 September 2018", "7-8 October - The Human Rights Committee considers Sri Lanka's fifth periodic report".
 * The reviewing body is a treaty body named or referred to before the verb; the state owns the report ("Sri Lanka's",
 * "of Argentina"), else it is the state the document is about ("considers the eighth periodic report").
 */
public final class TreatyBodyReviewRule implements Rule {

    /** The longest stretch from the verb to the report noun: "considered the combined fifth and sixth periodic". */
    private static final int MAX_GAP_TO_REPORT = 9;

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        for (CueMatch cue : v.cues(CueKind.REVIEW)) {
            int cs = v.clauseStart(cue.tokStart());
            int ce = v.clauseEnd(cue.tokEnd());
            CueMatch noun = v.firstCue(CueKind.REPORT_NOUN, cue.tokEnd(), Math.min(ce, cue.tokEnd() + MAX_GAP_TO_REPORT));
            if (noun == null) {
                continue;
            }
            Mention body = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.ORG && m.id() != null
                    && m.tokStart() >= cs && v.kb.monitoredTreaty(m.id()) != null);
            if (body == null) {
                continue;
            }
            Mention state = owner(v, cue, noun);
            if (state == null || state.id() == null) {
                continue;
            }
            String status = "PLANNED".equals(cue.value(CueKind.REVIEW)) ? "PLANNED" : null;
            DateMention date = dateOfReview(v, cue, body, cs, ce);
            // "will review the reports of Chile, Iraq and Japan": one dialogue with each
            List<Mention> states = state.inferred() ? List.of(state) : v.coordinatedRight(state, Mention::isStateLike);
            for (Mention each : states) {
                Mention reviewed = asState(v, each);
                if (reviewed.id() == null) {
                    continue;
                }
                FactDraft fact = new FactDraft(FactType.EXCHANGE).status(status, "DIALOGUE").code("format", "DIALOGUE")
                        .entities("participants", List.of(body, reviewed));
                fact.fields.put("ordinal", null);
                // what a review is about: "implementation of the convention against torture"
                String treaty = v.kb.treatyName(v.kb.monitoredTreaty(body.id()));
                if (treaty != null) {
                    fact.code("topic", "implementation of the " + treaty.toLowerCase(Locale.ROOT));
                }
                fact.date(date == null ? null : date.iso(), false);
                out.add(fact);
            }
        }
    }

    /**
     * The review's date: the first after the verb ("at its 50th and 51st meetings, held on 27 and 28 September 2018",
     * "at its session in Geneva in November 2013"), not one of the report's own ("reports, submitted in June 2012,"),
     * else the last before it; a date set before the reviewing body comes first ("7-8 October - The Human Rights
     * Committee considers ...", "In June of the same year the Committee against Torture reviewed ..., and in March of
     * the following year ...").
     */
    private static DateMention dateOfReview(SentenceView v, CueMatch cue, Mention body, int cs, int ce) {
        DateMention fronted = v.datesIn(cs, body.tokStart()).stream().filter(d -> d.iso() != null)
                .reduce((a, b) -> b).orElse(null);
        if (fronted != null) {
            return fronted;
        }
        DateMention before = null;
        for (DateMention d : v.datesIn(cs, ce)) {
            int t = v.tokenAt(d.start());
            if (d.iso() == null || v.isDeadline(t) || v.overlapsMention(t, t + 1)) {
                continue;
            }
            if (t < cue.tokStart()) {
                before = d;
            } else {
                CueMatch submitted = v.firstCue(CueKind.REPORT, cue.tokEnd(), t);
                if (submitted == null || v.findWord(",", submitted.tokEnd(), t) >= 0) {
                    return d;
                }
            }
        }
        return before;
    }

    /** "Sri Lanka's fifth periodic report", "the fourth periodic report of Argentina", else the document's state. */
    private static Mention owner(SentenceView v, CueMatch cue, CueMatch noun) {
        Mention possessive = v.firstRight(cue.tokEnd(), noun.tokStart(), m -> m.isStateLike()
                && (v.tokenIs(m.tokEnd(), "'") || v.tokenIs(m.tokEnd(), "\u2019")));
        if (possessive != null) {
            return asState(v, possessive);
        }
        Mention of = v.firstRight(noun.tokEnd(), noun.tokEnd() + 3, m -> m.isStateLike()
                && v.tokenIs(m.tokStart() - 1, "of"));
        if (of != null) {
            return asState(v, of);
        }
        // "considers the eighth periodic report", "its report": the document's state; not "will consider the reports
        // at its next session", which refers back to reports of several states
        boolean owned = v.findWord("its", cue.tokEnd(), noun.tokStart()) >= 0
                || !ReportSubmissionRule.ordinalsBefore(v, noun.tokStart(), cue.tokEnd()).isEmpty();
        return owned ? v.mainState(cue) : null;
    }

    private static Mention asState(SentenceView v, Mention m) {
        String state = m.actingState();
        return state == null || state.equals(m.id()) ? m : m.withId(state, MentionKind.STATE);
    }
}
