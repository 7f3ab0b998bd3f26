package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.Titles;
import io.rapporteur.extractor.segment.Token;

/**
 * Exchange nouns that report no exchange of their own: a body's name, a framework, a medium, a frame, another
 * exchange's rounds.
 */
final class NotAnExchangeHere {

    private NotAnExchangeHere() {
    }

    /**
     * Whether the noun names a body, a medium, a frame or rounds of another exchange, not an exchange this clause
     * reports.
     */
    static boolean namesNoExchangeHere(SentenceView v, CueMatch noun) {
        if (v.ordinals().endingAt(noun.tokStart() - 1) == null && v.mentions().stream().anyMatch(m -> m.kind() == MentionKind.ORG
                && m.id() != null && m.tokStart() < noun.tokStart() - (v.tokenIs(m.tokStart(), "the") ? 1 : 0)
                && m.tokEnd() >= noun.tokEnd())) {
            // "the Asia Pacific Forum (of ...)": a body's name, not an exchange (but "held the Forum on
            // China-Africa Cooperation": a forum that is also a body, named by its noun)
            return true;
        }
        if (underFramework(v, noun)) {
            return true; // "the sixth symposium under the China-Germany Dialogue ...": the dialogue only frames it
        }
        if (inPassing(v, noun)) {
            return true; // "held a constructive dialogue with ... on 11 and 12 October, as part of its 86th session"
        }
        Token before = v.token(noun.tokStart() - 1);
        if (before != null && !before.isCapitalised() && (before.is("video") || before.is("web")
                || before.is("telephone") || before.is("press")) && "CONFERENCE".equals(noun.value(CueKind.EXCHANGE_NOUN))) {
            return true; // "held by video conference", "a press conference": how or where it was told, no exchange
        }             // (but "held video consultations with the African Union" is one)
        if (before != null && before.is("in") && v.tokenIs(noun.tokEnd(), "with") && !v.token(noun.tokEnd() - 1).norm().endsWith("s")) {
            return true; // "will be rescheduled in consultation with the Government": how it is done, no exchange
        }
        if (roundOfAnother(v, noun)) {
            return true; // "the third and fourth sessions of their Human Rights Dialogue": rounds of the dialogue
        }
        if ((v.tokenIs(noun.tokStart() - 3, "at") || v.tokenIs(noun.tokStart() - 3, "during"))
                && v.tokenIs(noun.tokStart() - 2, "the") && v.tokenIs(noun.tokEnd(), ",")) {
            return true; // "At the fourth session, the two sides agreed ...": a frame, not an exchange reported here
        }
        if ("SESSION".equals(noun.value(CueKind.EXCHANGE_NOUN)) && v.tokenIs(noun.tokEnd(), ",") && framedFromStart(v, noun.tokStart())) {
            return true; // "In the course of the three-week session, the Committee held dialogues with ...": a frame
        }
        return false;
    }

    /** Whether the sentence opens with a frame that runs to {@code tok}: "In the course of the three-week", "During its". */
    private static boolean framedFromStart(SentenceView v, int tok) {
        int k = v.tokenIs(0, "in") && v.tokenIs(1, "the") && v.tokenIs(2, "course") && v.tokenIs(3, "of") ? 4
                : v.tokenIs(0, "during") || v.tokenIs(0, "throughout") || v.tokenIs(0, "over") ? 1 : -1;
        if (k < 0 || tok - k > 4) {
            return false;
        }
        for (int i = k; i < tok; i++) {
            if (v.ordinals().at(i) != null || v.token(i).isNumber() && !v.tokenIs(i + 1, "-")) {
                return false; // "During its 80th session, ...": a numbered session may be the one reported
            }
        }
        return true;
    }

    /** The most tokens of a framework's name before its noun: "under the China-Germany Dialogue". */
    static final int MAX_FRAME_NAME = 8;

    /** Whether the exchange noun names the framework another exchange is held under ("under the ... Dialogue"). */
    private static boolean underFramework(SentenceView v, CueMatch noun) {
        int start = Titles.extendLeft(v, noun.tokStart(), Math.max(0, noun.tokStart() - MAX_FRAME_NAME));
        boolean framed = (v.tokenIs(start - 2, "under") || v.tokenIs(start - 2, "within")) && v.tokenIs(start - 1, "the");
        return framed && v.firstCue(CueKind.EXCHANGE_NOUN, Math.max(0, start - 6), start - 2) != null;
    }

    /**
     * Whether a session is named only as the frame of another exchange reported before it in the sentence: "..., as
     * part of its eighty-sixth session", "during its 120th session". Its own dates are not written here.
     */
    private static boolean inPassing(SentenceView v, CueMatch noun) {
        if (!"SESSION".equals(noun.value(CueKind.EXCHANGE_NOUN))) {
            return false;
        }
        int k = noun.tokStart() - 1;
        while (k > 0 && v.ordinals().endingAt(k) != null) {
            k = v.ordinals().endingAt(k)[1] - 1;
        }
        final int its = k;
        boolean frame = v.tokenIs(its, "its") && (v.tokenIs(its - 1, "during") || v.tokenIs(its - 1, "of") && v.tokenIs(its - 2, "part"));
        return frame && v.cues(CueKind.EXCHANGE_NOUN).stream().anyMatch(c -> c.tokEnd() <= its
                && !"SESSION".equals(c.value(CueKind.EXCHANGE_NOUN)));
    }

    /**
     * Whether a "session" noun names rounds of another exchange ("the third and fourth sessions of their Human Rights
     * Dialogue"), which that exchange's noun reports, not a session of a body ("the 61st session of the Commission").
     */
    private static boolean roundOfAnother(SentenceView v, CueMatch noun) {
        if (!"SESSION".equals(noun.value(CueKind.EXCHANGE_NOUN)) || !v.tokenIs(noun.tokEnd(), "of")) {
            return false;
        }
        CueMatch next = v.firstCue(CueKind.EXCHANGE_NOUN, noun.tokEnd() + 1, Math.min(v.tokens.size(), noun.tokEnd() + 7));
        return next != null && !"SESSION".equals(next.value(CueKind.EXCHANGE_NOUN))
                && v.mentionsIn(noun.tokEnd() + 1, next.tokStart(), m -> m.kind() == MentionKind.ORG
                        && !m.text().contains("-")).isEmpty();
    }

    /**
     * Whether the noun is a partnership's sub-committee or sub-group whose name says no human rights dialogue.
     */
    static boolean subGroupOffTopic(SentenceView v, CueMatch noun, int ce) {
        if ((v.tokenIs(noun.tokEnd() - 1, "subcommittee") || v.tokenIs(noun.tokEnd() - 1, "subgroup")
                || v.tokenIs(noun.tokEnd() - 1, "committee") || v.tokenIs(noun.tokEnd() - 1, "group"))
                && (v.tokenIs(noun.tokEnd(), "on") || v.tokenIs(noun.tokEnd(), "for"))) {
            // a partnership's sub-committee or sub-group is a human rights dialogue only when its name says so
            // (not "the Sub-Committee on Trade and Investment", nor the GANHRI Sub-Committee on Accreditation; a
            // bare "the Sub-Group" is the one named before)
            String own = v.text(noun.tokStart(), Math.min(ce, noun.tokEnd() + 12)).toLowerCase(java.util.Locale.ROOT);
            if (!(own.contains("rights") || own.contains("governance") || own.contains("democracy")
                    || own.contains("rule of law")) || own.contains("accreditation")) {
                return true;
            }
        }
        return false;
    }
}
