package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * Who acted: the subject of an active verb (or the state it stands for), the national body that decided the act,
 * the state whose law or decree ratified.
 */
final class WhoActed {

    private WhoActed() {
    }

    /**
     * The state that did what an active verb or a noun of treaty action tells: the one the phrase names, else the
     * subject before the verb, an agent after the treaty, the state of the sentence's act before, the state a
     * legislature, a committee's text, a deposit or a timeline stands for, a capital for its state, the subject after
     * a fronted gerund. May be a national body; null if none is found.
     */
    static Mention subjectOf(SentenceView v, CueMatch cue, Mention stateOf, List<Mention> treaties, int clauseEnd,
                             Mention previousActor) {
        Mention actor = stateOf != null ? stateOf : v.nearestLeft(cue.tokStart(), Roles.STATE_ACTOR);
        if (actor == null) { // "The instrument of ratification of <treaty> was deposited by Indonesia"
            Mention lastTreaty = treaties.get(treaties.size() - 1);
            actor = v.firstRight(lastTreaty.tokEnd(), clauseEnd, m -> m.kind() == MentionKind.STATE
                    && v.tokenIs(m.tokStart() - 1, "by"));
        }
        if (actor == null) {
            actor = previousActor;
        }
        if (actor == null && legislatureAsSubject(v, cue)) {
            // "the thirteenth National Assembly adopted resolutions ratifying ...": the legislature of the
            // state the text is about
            actor = v.mainState(cue);
        }
        if (actor == null && v.discourse.committee() != null && v.tokenIs(cue.tokStart() - 1, "the")
                && v.firstRight(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE) == null) {
            // a committee's concluding observations: "The Committee welcomes the ratification of the Rome
            // Statute ...": by the State party under review
            actor = v.mainState(cue);
        }
        if (actor == null && v.token(cue.tokStart()).norm().startsWith("instrument")
                && v.findWord("deposited", cue.tokEnd(), v.tokens.size()) > 0
                && v.mentionsIn(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE).isEmpty()) {
            // "the instruments of accession to the two Covenants were deposited with the Secretary-General on
            // 21 May 2018", in a state's own report: that state's
            actor = v.mainState(cue);
        }
        if (actor == null && v.isTimelineDash(cue.tokStart() - 1)) {
            actor = v.mainState(cue); // "25 May - Ratification of the ...": the timeline's state
        }
        if (actor == null && timelineEntry(v, cue)
                && v.firstRight(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE) == null) {
            // "12 February 2015 - The State Great Khural ratifies ...": a body the lexicon lacks, of the
            // timeline's state
            actor = v.mainState(cue);
        }
        if (actor == null || stateOf == null && actor.tokEnd() < cue.tokStart() - 2) {
            // "On 2 October, Luanda deposited its instruments of ratification of ...": the capital for its state
            // (the subject right before the verb, not a state named earlier: "The Swiss side acknowledged that
            // Hanoi had ratified ...")
            int verbAt = v.tokenIs(cue.tokStart() - 1, "has") || v.tokenIs(cue.tokStart() - 1, "had")
                    ? cue.tokStart() - 1 : cue.tokStart();
            Mention city = v.nearestLeft(verbAt, m -> m.kind() == MentionKind.CITY && m.tokEnd() == verbAt
                    && m.country() != null && (m.tokStart() == 0 || v.tokenIs(m.tokStart() - 1, ",")
                    || v.tokenIs(m.tokStart() - 1, "that"))); // (also "acknowledged that Hanoi had ratified")
            actor = city == null ? actor : city.withId(city.country(), MentionKind.STATE);
        }
        if (actor == null && ActWording.frontedGerund(v, cue)) {
            // "Since signing the ICCPR in October 1998, China has ...", "by acceding to the Optional Protocol on
            // 16 April 1991, the State party recognized ...": the subject after the phrase
            // (past the treaty's own commas: "the International Covenant on Economic, Social and Cultural Rights")
            Mention named = v.firstRight(cue.tokEnd(), clauseEnd, Roles.TREATY);
            int comma = v.findWord(",", named != null ? named.tokEnd() : cue.tokEnd(), v.tokens.size());
            actor = comma < 0 ? null : v.firstRight(comma + 1, Math.min(v.tokens.size(), comma + 4), Roles.STATE_ACTOR);
        }
        return actor;
    }

    /**
     * The national body of the acting state named before the verb, that decided the act: "the NPC Standing Committee
     * approved China's accession to ..."; null if none, or if it decided an earlier act of the sentence.
     */
    static Mention bodyThatDecided(SentenceView v, CueMatch cue, Mention actor) {
        final String state = actor.id();
        Mention body = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.NATIONAL_BODY
                && state != null && state.equals(m.country()));
        if (body != null && v.cues(CueKind.TREATY).stream().anyMatch(c -> c != cue
                && c.tokStart() >= body.tokEnd() && c.tokStart() < cue.tokStart()
                && !v.mentionsIn(c.tokEnd(), cue.tokStart(), Roles.TREATY).isEmpty())) {
            return null; // the body decided an earlier act of the sentence, with its own treaty
        }
        return body;
    }

    /** Whether a legislature ("the National Assembly", "Parliament") is the subject just before the verb. */
    private static boolean legislatureAsSubject(SentenceView v, CueMatch cue) {
        for (int k = cue.tokStart() - 1; k >= Math.max(0, cue.tokStart() - 4); k--) {
            if (v.kb.words("legislatures").contains(v.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "was ratified by Law of the Republic of Kazakhstan of 29 December 2021", "by a decree of the President of
     * Uzbekistan": the state whose legal act it was, or null.
     */
    static Mention stateOfInstrument(SentenceView v, int from, int clauseEnd) {
        int by = v.findWord("by", from, Math.min(clauseEnd, from + 3));
        if (by < 0) {
            return null;
        }
        for (int k = by + 1; k < Math.min(clauseEnd, by + 7); k++) {
            final int at = k;
            Mention state = v.firstRight(at, at + 1, m -> m.kind() == MentionKind.STATE && m.tokStart() == at);
            if (state != null) {
                return k > by + 1 ? state : null; // (a state right after "by" is found already)
            }
            if (!v.kb.words("instruments-of-state").contains(v.token(k).norm())) {
                return null;
            }
        }
        return null;
    }

    /** Whether the sentence is a timeline's entry ("12 February 2015 - ...") whose dash comes before the cue. */
    private static boolean timelineEntry(SentenceView v, CueMatch cue) {
        for (int k = 1; k < Math.min(cue.tokStart(), 8); k++) {
            if (v.isTimelineDash(k)) {
                return true;
            }
        }
        return false;
    }
}
