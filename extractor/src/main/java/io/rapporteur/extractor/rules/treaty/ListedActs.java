package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.List;

/**
 * Acts listed after a colon: "the ratification of or accession to the following instruments: (a) ...; (b) ...", the
 * steps a committee welcomes in its concluding observations, and a list's items written as paragraphs of their own.
 */
final class ListedActs {

    private ListedActs() {
    }

    /** The longest stretch from "following" to the colon that opens the list. */
    private static final int MAX_LIST_INTRO = 24;

    /**
     * "The Committee welcomes the progress ..., including the ratification of or accession to the following
     * instruments:": a list of acts that a recording verb earlier in the sentence welcomes.
     */
    static boolean welcomedList(SentenceView v, CueMatch cue) {
        int following = v.findWord("following", cue.tokEnd(), cue.tokEnd() + 8);
        if (following < 0 || v.findWord(":", following, following + MAX_LIST_INTRO) < 0) {
            return false;
        }
        for (int k = 0; k < cue.tokStart(); k++) {
            if (v.isRecordingVerb(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Committee welcomes the ratification of or accession to the following instruments: (a) The Optional
     * Protocol ..., in 2015; (b) The Convention ..., in May 2009.": one action per instrument listed after the colon,
     * each with the date written after it, by the state the sentence names or else the one the document is about.
     */
    static boolean instrumentList(SentenceView v, CueMatch cue, int objectFrom, String action,
                                          List<FactDraft> out) {
        // "the ratification of, or accession to, the following instruments by the State party:"
        int following = v.findWord("following", objectFrom, objectFrom + 8);
        // "... the following international instruments by the State party since the consideration of its third
        // periodic report in 2011:"
        int colon = following < 0 ? -1 : v.findWord(":", following, following + MAX_LIST_INTRO);
        if (colon < 0) {
            return false;
        }
        List<Mention> listed = v.mentionsIn(colon + 1, v.tokens.size(), Roles.TREATY);
        // "the ratification of, or accession to, the following": which act, the text leaves open; that the state
        // became a party, it says
        int or = v.findWord("or", cue.tokStart(), following);
        int orBefore = v.tokenIs(cue.tokStart() - 1, "or") ? cue.tokStart() - 1
                : v.tokenIs(cue.tokStart() - 1, ",") && v.tokenIs(cue.tokStart() - 2, "or") ? cue.tokStart() - 2 : -1;
        if (or > 0 && v.firstCue(CueKind.TREATY, or + 1, following) != null
                || orBefore > 0 && v.lastCue(CueKind.TREATY, Math.max(0, orBefore - 4), orBefore) != null) {
            action = "PARTY";
        }
        Mention actor = v.nearestLeft(cue.tokStart(), Roles.STATE_ACTOR);
        if (actor == null) {
            actor = v.firstRight(following, colon, Roles.STATE_ACTOR); // "... instruments by the State party:"
        }
        if (actor == null) {
            actor = documentState(v, cue);
        }
        if (actor != null && listed.isEmpty() && colon == v.tokens.size() - 1 && actor.actingState() != null) {
            v.discourse.openList(new Discourse.OpenList(action, actor.actingState())); // the items are paragraphs
        }
        if (actor == null || listed.isEmpty()) {
            return true;
        }
        if (v.findWord(";", colon + 1, v.tokens.size()) > 0) {
            itemsOfList(v, action, actor, colon, out);
            return true;
        }
        for (int i = 0; i < listed.size(); i++) {
            Mention treaty = listed.get(i);
            int until = i + 1 < listed.size() ? listed.get(i + 1).tokStart() : v.tokens.size();
            List<DateMention> own = v.datesIn(treaty.tokEnd(), until);
            out.add(TreatyActionRule.act(action, actor, treaty, own.isEmpty() ? null : own.get(0)));
        }
        return true;
    }

    /**
     * "The Committee welcomes the following steps taken by the State party since ...:": the paragraphs that follow
     * are items, each naming its own act ("(a) The ratification of the Rome Statute ..., on 30 August 2011;"); where
     * the items run on in the same sentence ("..., including the following steps: (a) The accession to the
     * Convention ..., on 18 December 2013; (b) ..."), they are read here, and the method says so.
     */
    static boolean welcomedSteps(SentenceView v, List<FactDraft> out) {
        int n = v.tokens.size();
        int colon = v.findWord(":", 0, n);
        if (colon < 3 || v.firstCue(CueKind.TREATY, 0, colon) != null) {
            return false;
        }
        int from = welcomedStepsIntro(v, colon);
        if (from < 0) {
            return false;
        }
        Mention state = v.firstRight(from, colon, Roles.STATE_ACTOR);
        String id = state != null && state.actingState() != null ? state.actingState() : v.discourse.subjectState();
        if (id == null) {
            return false;
        }
        if (colon == n - 1) {
            v.discourse.openList(new Discourse.OpenList(null, id));
            return false;
        }
        if (!v.tokenIs(colon + 1, "(") || !v.tokenIs(colon + 3, ")")) {
            return false;
        }
        itemsOfList(v, null, v.impliedState(id, 0, colon), colon, out);
        return true;
    }

    /**
     * Where the words before the colon welcome steps the list will name, the recording verb's position (else -1):
     * "welcomes the following steps taken by the State party ...:", "welcomes the progress achieved by the State
     * party since ..., including:", "..., including the following steps:".
     */
    private static int welcomedStepsIntro(SentenceView v, int colon) {
        int following = v.findWord("following", 0, colon);
        if (following > 0 && (v.isRecordingVerb(following - 2) || v.isRecordingVerb(following - 1))) {
            return following;
        }
        // a state's own report: "the Government has undertaken the following treaty actions:"
        for (int k = following + 1; following > 0 && k < colon && k <= following + 3; k++) {
            if (v.kb.words("treaty-step-nouns").contains(v.token(k).norm())) {
                return following;
            }
        }
        int including = v.findWord("including", 0, colon);
        if (including < 0 || !(including == colon - 1 || v.tokenIs(including + 1, "the")
                && v.tokenIs(including + 2, "following") && including + 4 >= colon)) {
            return -1;
        }
        for (int k = 0; k < including; k++) {
            if (v.isRecordingVerb(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A list whose items ";" separates: each item's treaties (one or several: "The ICCPR and the ICESCR, both acceded
     * to on 16 August 2018"), its own date, and its own act where it names one ("..., ratified on 14 March 2016"),
     * else the act that introduced the list.
     */
    static void itemsOfList(SentenceView v, String action, Mention actor, int colon, List<FactDraft> out) {
        int from = colon + 1;
        while (from < v.tokens.size()) {
            int end = v.findWord(";", from, v.tokens.size());
            end = end < 0 ? v.tokens.size() : end;
            List<Mention> treaties = v.mentionsIn(from, end, Roles.TREATY);
            // not the year of a name: "The ILO Domestic Workers Convention, 2011 (No. 189), ratified on 24 March 2014"
            List<DateMention> dates = v.datesIn(from, end).stream().filter(d -> d.iso() != null
                    && !v.overlapsMention(v.tokenAt(d.start()), v.tokenAt(d.start()) + 1)).toList();
            CueMatch own = v.firstCue(CueKind.TREATY, from, end);
            String act = own != null ? own.value(CueKind.TREATY) : action;
            int which = own == null ? -1 : v.findWord("which", from, own.tokStart());
            if (which > from && action != null) {
                // "(a) Convention on ..., on 8 February 2016, which the State party had signed on 30 March 2007;": the
                // list's act on the item's date, and the earlier act the relative clause recalls on its own
                final int relative = which;
                List<DateMention> listed = dates.stream().filter(d -> v.tokenAt(d.start()) < relative).toList();
                List<DateMention> recalled = v.datesIn(own.tokEnd(), end).stream().filter(d -> d.iso() != null).toList();
                itemActs(action, actor, treaties, listed, out);
                itemActs(act, actor, treaties, recalled, out);
            } else if (!relativeActInItem(v, own, end, actor, treaties, out)) {
                itemActs(act, actor, treaties, dates, out);
            }
            from = end + 1;
        }
    }

    /**
     * "(c) Ratification of A and of B, both of which Zambia had signed in September 2008, on 14 March 2021 and 2 August
     * 2021, respectively;": the item's act on the dates after the relative clause (one each where they pair), and the
     * act the relative clause recalls on its own date. Whether the item was read so.
     */
    private static boolean relativeActInItem(SentenceView v, CueMatch own, int end, Mention actor,
                                             List<Mention> treaties, List<FactDraft> out) {
        int which = own == null ? -1 : v.findWord("which", own.tokEnd(), end);
        CueMatch recalled = which > 0 ? v.firstCue(CueKind.TREATY, which, end) : null;
        if (recalled == null) {
            return false;
        }
        List<DateMention> after = v.datesIn(recalled.tokEnd(), end).stream().filter(d -> d.iso() != null).toList();
        if (after.size() < 2) {
            return false;
        }
        itemActs(recalled.value(CueKind.TREATY), actor, treaties, after.subList(0, 1), out);
        List<DateMention> ownDates = after.subList(1, after.size());
        if (ownDates.size() == treaties.size()) {
            for (int i = 0; i < treaties.size(); i++) {
                itemActs(own.value(CueKind.TREATY), actor, List.of(treaties.get(i)), List.of(ownDates.get(i)), out);
            }
        } else {
            itemActs(own.value(CueKind.TREATY), actor, treaties, ownDates, out);
        }
        return true;
    }

    /** One act on each treaty of a list's item, on the item's first date. */
    private static void itemActs(String act, Mention actor, List<Mention> treaties, List<DateMention> dates,
                                 List<FactDraft> out) {
        for (Mention treaty : treaties) {
            if (treaty.id() == null || act == null) { // (a list of steps: an item that names no act is none)
                continue;
            }
            out.add(TreatyActionRule.act(act, actor, treaty, dates.isEmpty() ? null : dates.get(0)));
        }
    }

    /** The state the document is about (the one it last made the acting subject), referred to at the cue. */
    private static Mention documentState(SentenceView v, CueMatch cue) {
        return v.impliedState(v.discourse.subjectState(), cue.tokStart(), cue.tokEnd());
    }
}
