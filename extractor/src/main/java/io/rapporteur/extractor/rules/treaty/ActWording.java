package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.Set;

/**
 * How the words of a cue tell the act: a passive verb, a negated one, a gerund opening a phrase, a noun of treaty action
 * that records an act which took place, and the asides between a noun and its object.
 */
final class ActWording {

    private ActWording() {
    }

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are");

    static boolean isPassive(SentenceView v, int tok) {
        for (int i = tok - 1; i >= Math.max(0, tok - 4); i--) {
            if (v.token(i).is(",") || v.token(i).is(";")) {
                return false;
            }
            if (PASSIVE.contains(v.token(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue is a gerund that tells of no act: "the possibility of acceding to", "to consider ratifying"
     * (but not a gerund opening a phrase, nor "some two years after signing the Covenant in July 2015" with a date of
     * its own, nor "the National Assembly adopted resolutions ratifying the Convention ...": the act itself).
     */
    static boolean gerundOfNoAct(SentenceView v, CueMatch cue) {
        return v.token(cue.tokStart()).norm().endsWith("ing") && !frontedGerund(v, cue)
                // (not "nine years after signing it", dated only by the act it came before)
                && !(v.tokenIs(cue.tokStart() - 1, "after") && !v.datesIn(cue.tokEnd(), v.clauseEnd(cue.tokEnd())).isEmpty())
                && !v.kb.words("acts-that-ratify").contains(v.token(cue.tokStart() - 1) == null ? ""
                : v.token(cue.tokStart() - 1).norm());
    }

    /**
     * Whether the cue is a gerund opening an adverbial phrase ("Since signing", "by acceding to", "After ratifying"), or
     * the verb or noun of one whose subject is the main clause's ("Since it signed", "Following its signature of").
     */
    static boolean frontedGerund(SentenceView v, CueMatch cue) {
        boolean gerund = v.token(cue.tokStart()).norm().endsWith("ing");
        int k = cue.tokStart() - 1;
        if (v.tokenIs(k, "having") && (k <= 2 || v.tokenIs(k - 1, ","))) {
            return true; // "Having signed the Convention in December 1986, China ratified it in October 1988"
        }
        if ((v.tokenIs(k, "it") || v.tokenIs(k, "its")) && k <= 3 && (v.tokenIs(k - 1, "since") || v.tokenIs(k - 1, "after")
                || v.tokenIs(k - 1, "following") || v.tokenIs(k - 1, "upon"))) {
            return true; // "Since it signed the ICCPR in October 1998, China has ...", "Following its signature of ..."
        }
        return gerund && (v.tokenIs(k, "since") || v.tokenIs(k, "by") || v.tokenIs(k, "after") || v.tokenIs(k, "upon"))
                && (k <= 2 || v.tokenIs(k - 1, ",") || v.tokenIs(k - 1, "that")); // also after "2."
    }

    /** Words after which a named act had taken place: "following the accession of ...", "since the ratification". */
    private static final Set<String> ACTS_BEFORE_WORDS = Set.of("following", "after", "since", "upon");

    /**
     * "approved the ratification of", "welcomed the accession of Brunei Darussalam to", "China's accession to", "the
     * instrument of accession of Nepal to": a noun of treaty action records one when a verb that records it governs it,
     * a state owns it or an instrument carries it.
     */
    static boolean nominalTookPlace(SentenceView v, CueMatch cue) {
        int k = v.governorOf(cue.tokStart(), Set.of("the")); // "notes with appreciation the ratification of"
        boolean possessive = v.tokenIs(k, "s") && v.apostropheAt(k - 1)
                || v.tokenIs(k, "its") || v.tokenIs(k, "their")
                // "Laos' accession to": a name ending in s takes the apostrophe alone
                || v.apostropheAt(k) && v.token(k - 1) != null && v.token(k - 1).norm().endsWith("s");
        boolean instrument = v.tokenIs(k, "of") && (v.tokenIs(k - 1, "instrument") || v.tokenIs(k - 1, "instruments"));
        boolean entry = v.isTimelineDash(k); // "25 May - Ratification of the International Convention for ..."
        // a later act of the same verbless entry: "29 June: accession to the ...; ratification of the ..."
        entry |= v.tokenIs(k, ";") && v.timelineDash() >= 0
                && v.kb.words("treaty-action-nominals").contains(v.token(v.timelineDash() + 1).norm());
        // "following the accession of South Sudan on 23 January 2015", "since the ratification by the State party of"
        boolean after = v.token(k) != null && ACTS_BEFORE_WORDS.contains(v.token(k).norm());
        // "welcomed recent ratifications ..., including the accession of the Central African Republic to the CAT"
        boolean welcomedAmong = v.tokenIs(k, "including") && java.util.stream.IntStream.range(0, k).anyMatch(v::isRecordingVerb);
        // "welcomed the ratification of the Convention by A on ... and the accession of B to the Optional Protocol on
        // ...": a nominal coordinated with one that took place
        boolean coordinated = v.tokenIs(k, "and") && v.cues(CueKind.TREATY).stream().anyMatch(c -> c.tokEnd() <= k
                && v.kb.words("treaty-action-nominals").contains(v.token(c.tokStart()).norm()) && nominalTookPlace(v, c));
        return possessive || instrument || entry || after || welcomedAmong || coordinated || v.isRecordingVerb(k)
                || v.briefedOn(k);
    }

    /** The most tokens of a date between an act's noun and its "of" ("ratification, on 22 March 2018, of"). */
    private static final int MAX_DATED_GAP = 8;

    /** The "of"/"to" after a date right after an act's noun ("ratification in 2012 of"), else -1. */
    static int datedGapBeforeObject(SentenceView v, int from, int clauseEnd) {
        if (!(v.tokenIs(from, ",") || v.tokenIs(from, "in") || v.tokenIs(from, "on"))) {
            return -1;
        }
        boolean placeAside = v.tokenIs(from, ",") && (v.tokenIs(from + 1, "at") || v.tokenIs(from + 1, "in"));
        for (int k = from + 1; k < Math.min(clauseEnd, from + (placeAside ? MAX_ASIDE_TOKENS : MAX_DATED_GAP)); k++) {
            if (v.tokenIs(k, "of") || v.tokenIs(k, "to")) {
                final int end = k;
                boolean dated = v.datesIn(from, end).stream().anyMatch(d -> v.tokenAt(d.end() - 1) < end);
                // "Signature, at UN Headquarters in New York, of the Covenants": an aside of its place
                boolean placed = placeAside && v.tokenIs(k - 1, ",");
                return dated || placed ? (v.tokenIs(k - 1, ",") || !v.tokenIs(from, ",") ? k : -1) : -1;
            }
        }
        return -1;
    }

    /** The longest aside between commas skipped to reach a noun's object. */
    private static final int MAX_ASIDE_TOKENS = 16;

    /**
     * The token after an aside set off by commas at {@code at} ("by the State party, since the consideration of its
     * previous report in 2007, of ..."), else {@code at} itself.
     */
    static int afterAside(SentenceView v, int at) {
        if (!v.tokenIs(at, ",")) {
            return at;
        }
        int close = v.findWord(",", at + 1, at + 1 + MAX_ASIDE_TOKENS);
        return close < 0 ? at : close + 1;
    }
}
