package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * A fact sheet's or chronology's entries: the treaty named first and its acts as bare participles, and the deposit of an
 * instrument of the treaty the entry named just before.
 */
final class FactSheetEntries {

    private FactSheetEntries() {
    }

    /**
     * A fact sheet's entry that names the treaty first and its acts as bare participles: "22 Oct. 2008 - OPCAT
     * ratified", "CRPD: signed 11 December 2008; ratified 21 April 2015." By the state the document is about, each act
     * with the date after it, else the entry's.
     */
    static void factSheetParticiples(SentenceView v, List<FactDraft> out) {
        int from = 0;
        List<DateMention> leading = v.datesIn(0, 1);
        if (!leading.isEmpty()) {
            from = v.tokenAt(leading.get(0).end() - 1) + 1;
            if (!v.isTimelineDash(from)) {
                return;
            }
            from++;
        }
        Mention treaty = v.firstRight(from, from + 1, Roles.TREATY);
        if (treaty == null || treaty.id() == null
                || v.firstRight(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE) != null) {
            return;
        }
        int next = v.tokenIs(treaty.tokEnd(), ":") ? treaty.tokEnd() + 1 : treaty.tokEnd();
        for (CueMatch cue : v.cues(CueKind.TREATY)) {
            boolean first = cue.tokStart() == next;
            // a later act of the entry after a semicolon; not "The Optional Protocol ..., ratified by ... in 2008,": prose
            boolean again = cue.tokStart() > next && v.tokenIs(cue.tokStart() - 1, ";");
            String word = v.token(cue.tokEnd() - 1).norm();
            if (!(first || again) || cue.tokEnd() - cue.tokStart() != 1 || !word.endsWith("ed")) {
                continue;
            }
            Mention state = v.mainState(cue);
            if (state == null || state.id() == null) {
                return;
            }
            int until = v.clauseEnd(cue.tokEnd());
            List<DateMention> own = v.datesIn(cue.tokEnd(), Math.min(until, cue.tokEnd() + 5));
            DateMention date = !own.isEmpty() ? own.get(0) : leading.isEmpty() ? null : leading.get(0);
            String action = cue.value(CueKind.TREATY);
            out.add(TreatyActionRule.act(action, state, treaty, date));
        }
    }

    /**
     * "26/1/1990 - Viet Nam signs the Convention on the Rights of the Child; the instrument of ratification is deposited
     * on 28/2/1990": the act of the treaty the sentence named before, by the same state, on the deposit's date.
     */
    static void instrumentOfTheTreatyJustNamed(SentenceView v, CueMatch cue, String action, List<FactDraft> out) {
        // (across the entry's ";", which ends the clause)
        List<Mention> named = v.mentionsIn(0, cue.tokStart(), m -> Roles.TREATY.test(m) && m.id() != null);
        Mention treaty = named.isEmpty() ? null : named.get(named.size() - 1);
        if (treaty == null && cue.tokStart() == 0 && v.discourse.lastTreaty() != null) {
            // the splitter ends the entry's first clause at its ";": the treaty that clause named
            treaty = v.inferred(MentionKind.TREATY, v.discourse.lastTreaty(), cue.tokStart(), cue.tokEnd());
        }
        DateMention date = v.datesIn(cue.tokEnd(), v.tokens.size()).stream().filter(d -> d.iso() != null).findFirst()
                .orElse(null);
        if (treaty == null || date == null) {
            return;
        }
        List<Mention> actors = treaty.inferred() ? List.of() : v.mentionsIn(0, treaty.tokStart(), Roles.STATE_ACTOR);
        Mention actor = actors.isEmpty() ? null : actors.get(actors.size() - 1);
        if (actor == null && (v.timelineDash() > 0 || treaty.inferred())) {
            actor = v.mainState(cue); // "2 January 2021 - President A signs the law ratifying ...; the instrument ..."
        }
        if (actor == null || actor.id() == null) {
            return;
        }
        if (actor.kind() == MentionKind.NATIONAL_BODY) {
            actor = actor.withId(actor.country(), MentionKind.STATE);
        }
        out.add(TreatyActionRule.act(action, actor, treaty, date));
    }
}
