package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * A chronology's entry naming two acts by their nouns before the treaty they share: "2 July and 13 August - Signature
 * and ratification, respectively, of the Convention on the Rights of the Child." Each act on its own day of the entry,
 * in order, by the state the chronology is about.
 */
final class PairedNominalActs {

    /** The most tokens from the second noun to the treaty: ", respectively, of the". */
    private static final int MAX_TO_TREATY = 6;

    private PairedNominalActs() {
    }

    /** The two nominal cues read here, or an empty list where the entry is no such pair. */
    static List<CueMatch> read(SentenceView v, List<FactDraft> out) {
        int dash = v.timelineDash();
        List<CueMatch> acts = v.cues(CueKind.TREATY).stream().filter(c -> c.tokStart() > dash
                && v.kb.words("treaty-action-nominals").contains(v.token(c.tokStart()).norm())).toList();
        if (dash < 0 || acts.size() != 2 || acts.get(0).tokStart() != dash + 1 || !v.tokenIs(acts.get(0).tokEnd(), "and")
                || acts.get(1).tokStart() != acts.get(0).tokEnd() + 1) {
            return List.of();
        }
        CueMatch second = acts.get(1);
        int of = -1;
        for (int k = second.tokEnd(); k < Math.min(v.tokens.size(), second.tokEnd() + MAX_TO_TREATY); k++) {
            if (v.tokenIs(k, "of") || v.tokenIs(k, "to")) {
                of = k;
                break;
            }
        }
        Mention treaty = of < 0 ? null : v.firstRight(of + 1, of + 3, Roles.TREATY);
        Mention state = v.mainState(acts.get(0));
        List<DateMention> days = ActDates.andedDaysApart(v, v.datesIn(0, dash).stream()
                .filter(d -> d.iso() != null).toList());
        if (treaty == null || state == null || days.isEmpty() || days.size() > 2 || days.size() == 2 && !v.respectively()) {
            return List.of();
        }
        for (int i = 0; i < 2; i++) {
            DateMention day = days.get(days.size() == 2 ? i : 0);
            out.add(TreatyActionRule.act(acts.get(i).value(CueKind.TREATY), state, treaty, day));
        }
        return acts;
    }
}
