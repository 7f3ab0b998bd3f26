package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentencePlaces;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * "The 11th round ... was held in Brussels on 22 November 2022. The Dialogue, originally scheduled to take place in
 * Ulaanbaatar in June 2020, had been postponed owing to the pandemic": the round just told was first put off from the
 * date it had been scheduled for; annotators record that as the same round, postponed, on its first date.
 */
final class FirstPutOff {

    /** How far into the sentence the reference to the round may open it: "3. The Dialogue, ...". */
    private static final int OPENING_REACH = 3;

    private FirstPutOff() {
    }

    static void told(SentenceView v, List<FactDraft> out) {
        CueMatch putOff = v.cues.stream().filter(c -> c.is(CueKind.STATUS) && !"PLANNED".equals(c.value(CueKind.STATUS)))
                .findFirst().orElse(null);
        if (putOff == null || !v.cues(CueKind.EXCHANGE_NOUN).isEmpty()) {
            return; // (an exchange named here is read by the exchange rule itself)
        }
        CueMatch reference = v.cues.stream()
                .filter(c -> c.value(CueKind.EVENT_ANAPHOR) != null && c.tokStart() < OPENING_REACH
                        && !"NEXT".equals(c.value(CueKind.EVENT_ANAPHOR)) && !"PREVIOUS".equals(c.value(CueKind.EVENT_ANAPHOR)))
                .findFirst().orElse(null);
        if (reference == null || v.sidesFollow(reference.tokEnd())) {
            return; // not "The consultations with Japan, ..., were postponed": another exchange, named by its sides
        }
        EventRecord round = v.events().referredTo(reference.tokStart(), reference.tokEnd());
        if (round == null || round.fact().type() != FactType.EXCHANGE || round.fact().status() != null) {
            return;
        }
        DateMention scheduled = v.dates.stream()
                .filter(d -> d.iso() != null && v.scheduledFor(v.tokenAt(d.start()))).findFirst().orElse(null);
        if (scheduled == null || scheduled.iso().equals(round.fact().date())) {
            return;
        }
        FactDraft first = new FactDraft(FactType.EXCHANGE).status(putOff.value(CueKind.STATUS), null)
                .code("format", (String) round.fact().field("format"));
        ExchangeSides.takeSidesOf(first, round, reference);
        for (String field : List.of("ordinal", "name", "topic")) {
            if (round.fact().field(field) != null) {
                first.fields.put(field, round.fact().field(field));
            }
        }
        SentencePlaces.Hit where = v.places().in(reference.tokEnd(), putOff.tokStart());
        if (where != null) {
            first.place(where.place(), where.start(), where.end());
        }
        out.add(first.date(scheduled.iso(), false));
    }
}
