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
 * "The Convention on the Rights of Persons with Disabilities, signed on behalf of Uzbekistan on 27 February 2009, was
 * ratified by the Oliy Majlis on 7 June 2021": the treaty opens the sentence, an aside tells the state's earlier act
 * and its day, and the passive after it the later act, the body that decided it and its day.
 */
final class AsideOfAnEarlierAct {

    /** The most tokens the aside may take between its commas: "signed on behalf of Uzbekistan on 27 February 2009". */
    private static final int MAX_ASIDE = 14;

    private AsideOfAnEarlierAct() {
    }

    /** Reads the sentence so shaped into two acts; returns the two cues it read (to be skipped), else none. */
    static List<CueMatch> read(SentenceView v, List<FactDraft> out) {
        Mention treaty = v.mentions.stream().filter(m -> Roles.TREATY.test(m) && m.id() != null).findFirst().orElse(null);
        if (treaty == null || !v.tokenIs(treaty.tokEnd(), ",")) {
            return List.of();
        }
        int asideStart = treaty.tokEnd() + 1;
        CueMatch earlier = v.firstCue(CueKind.TREATY, asideStart, asideStart + 1);
        int close = v.findWord(",", asideStart, Math.min(v.tokens.size(), asideStart + MAX_ASIDE));
        if (earlier == null || earlier.tokStart() != asideStart || close < 0
                || !(v.tokenIs(close + 1, "was") || v.tokenIs(close + 1, "were"))) {
            return List.of();
        }
        CueMatch later = v.firstCue(CueKind.TREATY, close + 1, Math.min(v.tokens.size(), close + 3));
        Mention state = v.firstRight(earlier.tokEnd(), close, Roles.STATE_ACTOR);
        DateMention earlierDay = v.datesIn(earlier.tokEnd(), close).stream().filter(d -> d.iso() != null)
                .findFirst().orElse(null);
        if (later == null || state == null || state.id() == null || earlierDay == null) {
            return List.of();
        }
        int ce = v.clauseEnd(later.tokEnd());
        DateMention laterDay = v.datesIn(later.tokEnd(), ce).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
        Mention body = v.tokenIs(later.tokEnd(), "by") ? v.firstRight(later.tokEnd() + 1, later.tokEnd() + 3,
                m -> m.kind() == MentionKind.NATIONAL_BODY && m.id() != null) : null;
        out.add(TreatyActionRule.act(earlier.value(CueKind.TREATY), state, treaty, earlierDay));
        out.add(TreatyActionRule.act(later.value(CueKind.TREATY), state, treaty, body, laterDay));
        return List.of(earlier, later);
    }
}
