package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.SentenceView;

/** Whether the exchange was held, is planned, or was postponed or cancelled, as its clause tells. */
final class ExchangeStatus {

    private ExchangeStatus() {
    }

    /** PLANNED, POSTPONED, CANCELLED... as the clause tells it of the exchange; null for one held. */
    static String statusTold(SentenceView v, CueMatch noun, CueMatch verb, int cs, int ce) {
        String status = v.statusAround(cs, verb.tokStart() + 1, verb.value(CueKind.EXCHANGE_VERB));
        if (status == null && v.tokenIs(verb.tokEnd(), "by") && noun.tokStart() < verb.tokStart()) {
            // "A workshop on ..., organised by A and B, will be held on 16 August": the apposition's participle
            // says who, the main verb after it when
            CueMatch main = v.firstCue(CueKind.EXCHANGE_VERB, verb.tokEnd(), v.tokens.size());
            int comma = v.findWord(",", verb.tokEnd(), main == null ? verb.tokEnd() : main.tokStart());
            if (main != null && comma > 0 && v.tokenIs(main.tokStart() - 1, ",")
                    && !"HELD".equals(main.value(CueKind.EXCHANGE_VERB))) {
                status = main.value(CueKind.EXCHANGE_VERB);
            }
        }
        CueMatch attributive = v.lastCue(CueKind.STATUS, cs, noun.tokStart());
        if (attributive != null && v.tokenIs(attributive.tokStart() - 1, "the") && verb.tokStart() > noun.tokStart()
                && "HELD".equals(verb.value(CueKind.EXCHANGE_VERB))) {
            status = null; // "the postponed 12th round ... takes place in Hanoi": held now
        }
        if ("PLANNED".equals(status) && (v.tokenIs(verb.tokStart(), "opened") || v.tokenIs(verb.tokStart(), "began"))
                && SessionSpans.releaseDay(v, verb) != null) {
            status = null; // "..., which will run until 27 September, opened this morning": under way, not planned
        }
        String calledOff = calledOffAfter(v, Math.max(verb.tokEnd(), noun.tokEnd()), ce);
        if (calledOff != null) {
            status = calledOff; // "the dialogue, due to be held in Canberra in August, was cancelled"
        }
        return status;
    }

    /** POSTPONED or CANCELLED where a clause says so after the verb it holds the exchange with, else null. */
    private static String calledOffAfter(SentenceView v, int from, int ce) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() < from || c.tokStart() >= ce) {
                continue;
            }
            String value = SentenceView.statusOf(c);
            if (v.tokenIs(c.tokEnd(), "from")) {
                continue; // "..., postponed from the previous year, is held in Hanoi": moved, and now held
            }
            if ("POSTPONED".equals(value) || "CANCELLED".equals(value)) {
                return value;
            }
        }
        return null;
    }
}
