package io.rapporteur.extractor.rules.visit;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import static io.rapporteur.extractor.rules.visit.VisitFacts.asState;
import static io.rapporteur.extractor.rules.visit.VisitFacts.invitedByTheHost;

/**
 * A release's lead that reports a visit by "a UN expert" it names only later: kept until a restatement ("The visit,
 * which took place from ...") can give it its visitor and days.
 */
final class ExpertNamedLater {

    private ExpertNamedLater() {
    }

    /**
     * The tokens [start, end) of "a UN expert", "an independent UN human rights expert", "UN experts" between
     * {@code from} and {@code to}: an indefinite expert of a release's lead, named only later; null when there is none.
     */
    static int[] unnamedExpert(SentenceView v, int from, int to) {
        for (int k = Math.max(from, 1); k < to; k++) {
            if (!v.tokenIs(k, "expert") && !v.tokenIs(k, "experts")) {
                continue;
            }
            for (int j = k - 1; j >= Math.max(from, k - 5); j--) {
                if (v.tokenIs(j, "a") || v.tokenIs(j, "an") || j == k - 2 && v.tokenIs(k, "experts") && v.tokenIs(j + 1, "un")) {
                    boolean un = false;
                    for (int i = j + 1; i < k; i++) {
                        un |= v.tokenIs(i, "un") || v.tokenIs(i, "nations");
                    }
                    if (un) {
                        return new int[] {j, k + 1};
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** Keeps the lead's visit to a state by an expert it names only later ("a UN expert"), for its restatement. */
    static void keep(SentenceView v, String visitorText, Mention place) {
        Mention state = asState(place);
        if (state.id() != null && state.kind() == MentionKind.STATE) {
            v.discourse.visitByExpertNamedLater(new Discourse.VisitByExpertNamedLater(visitorText, state.id(),
                    state.text(), v.sentence.index()));
        }
    }

    /** How many sentences after the lead's "a UN expert said ... at the end of a visit" its restatement may come. */
    private static final int NAMED_LATER_REACH = 4;

    /**
     * "..., a UN expert said today at the end of a ten-day official visit to the country." ... "said Ana Carolina
     * Ferraz, the UN Special Rapporteur on ..." ... "The visit, which took place from 2 to 11 October 2022, ...": the
     * lead's visit, by the mandate holder named since, with the span the restatement gives. Null when the lead reported
     * no such visit or no special procedures mandate holder has been named since.
     */
    static FactDraft visitOfExpertNamedSince(SentenceView v, CueMatch ref, DateMention span, EventRecord last) {
        Discourse.VisitByExpertNamedLater lead = v.discourse.visitByExpertNamedLater();
        if (lead == null || v.sentence.index() - lead.sentence() > NAMED_LATER_REACH
                || last != null && last.sentence() > lead.sentence()) {
            return null;
        }
        Person expert = v.discourse.people().lastMandateHolder();
        if (expert == null) {
            return null;
        }
        FactDraft fact = new FactDraft(FactType.VISIT);
        fact.fields.put("visitor", new EntityRef(expert.id(), lead.visitorText()));
        fact.fields.put("destination", new EntityRef(lead.destination(), lead.destinationText()));
        CueMatch invited = v.firstCue(CueKind.INVITED_BY, ref.tokEnd(), v.tokens.size());
        invitedByTheHost(v, fact, invited, lead.destination());
        fact.date(span.iso(), false).status(null).subKind("HELD");
        return fact;
    }

}
