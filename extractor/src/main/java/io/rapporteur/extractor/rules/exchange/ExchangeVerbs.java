package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.Cue;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.List;
import java.util.Set;

/**
 * The verb that tells an exchange (or a chronology's verbless entry), where a coordinated predicate begins, and what
 * the clause says of the exchange: held, planned, postponed or cancelled.
 */
final class ExchangeVerbs {

    private ExchangeVerbs() {
    }

    /** The exchange verb of the noun's clause nearest to it. */
    static CueMatch nearestVerb(SentenceView v, CueMatch noun, int cs, int ce) {
        CueMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        CueMatch before = null;
        for (CueMatch c : v.cues(CueKind.EXCHANGE_VERB)) {
            if (c.tokStart() < cs || c.tokStart() >= ce) {
                continue;
            }
            int distance = c.tokStart() < noun.tokStart() ? noun.tokStart() - c.tokEnd() : c.tokStart() - noun.tokEnd();
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
            if (c.tokEnd() <= noun.tokStart()) {
                before = c;
            }
        }
        // "closed its fifty-seventh session, held at ... from 18 April to 13 May", "opened its eighty-fourth session,
        // being held from 6 to 24 February": the verb whose object the noun is, not the participle that describes it
        // (also past the place: "opened its 120th session in Geneva, which concludes on 28 July", "opened its
        // seventy-fifth session at the Palais Wilson and closes on 2 June")
        int after = pastThePlace(v, noun.tokEnd());
        boolean describes = best != null && best.tokStart() >= after && (v.tokenIs(after, ",")
                && (best.tokStart() == after + 1 || v.tokenIs(after + 1, "which")
                || best.tokStart() == after + 2 && v.tokenIs(after + 1, "being"))
                || v.tokenIs(after, "and") && best.tokStart() == after + 1 && SESSION_END_VERBS.contains(v.token(best.tokStart()).norm()));
        boolean object = before != null && v.tokenIs(before.tokEnd(), "its") && before.tokEnd() < noun.tokStart();
        if (describes && object) {
            return before;
        }
        // "held the sixth and seventh rounds of their Human Rights Dialogue in Vientiane, and the eighth round took
        // place in Brussels": the verb after a ", and" has a subject of its own; the noun is the object of the first
        if (before != null && best != null && best.tokStart() >= noun.tokEnd()
                && v.findWord(",", before.tokEnd(), noun.tokStart()) < 0) {
            int comma = v.findWord(",", noun.tokEnd(), best.tokStart());
            if (comma >= 0 && v.tokenIs(comma + 1, "and")) {
                return before;
            }
        }
        return best;
    }

    /** A session's end told in the present after its opening: "... and closes on 2 June". */
    private static final Set<String> SESSION_END_VERBS = Set.of("closes", "concludes", "ends", "runs");

    /** The longest name of a place a session is held at: "the Palais des Nations", "United Nations Headquarters". */
    private static final int MAX_PLACE_WORDS = 4;

    /**
     * Where the words after a noun go on past the place it is held at ("in Geneva", "at the Palais Wilson"): the token
     * after the place's capitalised name, else {@code from}.
     */
    private static int pastThePlace(SentenceView v, int from) {
        if (!v.tokenIs(from, "in") && !v.tokenIs(from, "at")) {
            return from;
        }
        int start = v.tokenIs(from + 1, "the") ? from + 2 : from + 1;
        int k = start;
        while (v.token(k) != null && v.token(k).isWord() && v.token(k).isCapitalised()) {
            k++;
        }
        return k > start && k - start <= MAX_PLACE_WORDS ? k : from;
    }

    /** Whether the tokens [from, sep) are one date and a colon or dash is at {@code sep}. */
    private static boolean entryDateBefore(SentenceView v, int from, int sep) {
        if (!(v.tokenIs(sep, ":") || v.tokenIs(sep, "-") || v.tokenIs(sep, "\u2013"))) {
            return false;
        }
        List<DateMention> dates = v.datesIn(from, sep);
        return dates.size() == 1 && v.tokenAt(dates.get(0).start()) == from
                && v.tokenAt(dates.get(0).end() - 1) == sep - 1;
    }

    /**
     * A chronology's verbless entry, "25 July: fifth Australia-Viet Nam Human Rights Dialogue, Hanoi.": the event named
     * right after the entry's date and its colon or dash is one held then. Returns the separator as the entry's
     * implied "held", or null when the noun does not open such an entry.
     */
    static CueMatch timelineEntryHead(SentenceView v, CueMatch noun) {
        // "Hanoi, 27 July: seventh ...": the entry's city may come before its date
        int from = v.tokenIs(1, ",") && v.firstRight(0, 1, m -> m.kind() == MentionKind.CITY && m.tokEnd() == 1) != null
                ? 2 : 0;
        for (int sep = from + 1; sep < Math.min(noun.tokStart(), 12); sep++) {
            if (!(from == 0 ? v.isTimelineDash(sep) : entryDateBefore(v, from, sep))) {
                continue;
            }
            Mention city = ExchangePlaces.entryCityBeforeColon(v, sep + 1);
            // (past "Oslo:" in "14-15 May 2002 - Oslo: first Indonesia-Norway Human Rights Dialogue.")
            int first = city != null ? city.tokEnd() + 1 : sep + 1;
            for (int k = first; k < noun.tokStart(); k++) {
                Token t = v.token(k);
                final int at = k;
                // only the event's own name may stand between: its article, ordinal, sides and topic words
                if (!(t.isWord() || t.isNumber() || t.is("-") || t.is("\u2013")) || NounPhrase.isVerb(v, k)
                        || v.cues.stream().anyMatch(c -> c.tokStart() == at && c.is(CueKind.EXCHANGE_VERB))) {
                    return null;
                }
            }
            Token dash = v.token(sep);
            return new CueMatch(List.of(new Cue(CueKind.EXCHANGE_VERB, "HELD")), sep, sep + 1, dash.start(), dash.end());
        }
        return null;
    }

    /** The ", and" that opens a coordinated clause with an exchange verb of its own after {@code from}, else {@code ce}. */
    static int coordinatedClauseStart(SentenceView v, int from, int ce) {
        for (int k = v.findWord(",", from, ce); k >= 0; k = v.findWord(",", k + 1, ce)) {
            if (v.tokenIs(k + 1, "and") && v.firstCue(CueKind.EXCHANGE_VERB, k + 2, ce) != null
                    && v.firstCue(CueKind.EXCHANGE_ROUND, k + 2, ce) != null) {
                return k;
            }
            final int and = k + 1;
            if (v.tokenIs(and, "and") && v.cues(CueKind.EXCHANGE_VERB).stream()
                    .anyMatch(c -> c.tokStart() > and + 1 && andBefore(v, c.tokStart()) == and)) {
                return k; // "..., and in April 2018 held the first ... consultation with ...": a predicate of its own
            }
        }
        return ce;
    }

    /** The most tokens from ", and" to the next exchange's noun: ", and human rights consultations". */
    private static final int NEXT_NOUN_REACH = 5;

    /**
     * Where a coordinated clause that tells another exchange starts: the comma of "..., and human rights consultations
     * with Viet Nam took place in Hanoi in 2017"; else {@code ce}.
     */
    static int nextExchangeClauseStart(SentenceView v, int from, int ce) {
        for (int k = v.findWord(",", from, ce); k >= 0; k = v.findWord(",", k + 1, ce)) {
            CueMatch noun = v.tokenIs(k + 1, "and")
                    ? v.firstCue(CueKind.EXCHANGE_NOUN, k + 2, Math.min(ce, k + 2 + NEXT_NOUN_REACH)) : null;
            if (noun != null && v.firstCue(CueKind.EXCHANGE_VERB, noun.tokEnd(), ce) != null) {
                return k;
            }
        }
        return ce;
    }

    private static final Set<String> ADVERBIAL_STARTS = Set.of("in", "on", "during", "at", "from", "later", "then",
            "subsequently", "also");

    /**
     * The "and" that joins a second predicate with the verb at {@code verbTok}: right before it ("and held"), or
     * before a time or place phrase that opens the predicate ("and in April 2018 held"); -1 when there is none.
     */
    static int andBefore(SentenceView v, int verbTok) {
        if (v.tokenIs(verbTok - 1, "and")) {
            return verbTok - 1;
        }
        for (int k = verbTok - 2; k >= Math.max(0, verbTok - 8); k--) {
            if (v.tokenIs(k, "and")) {
                final int and = k;
                boolean adverbial = ADVERBIAL_STARTS.contains(v.token(k + 1).norm())
                        && v.mentionsIn(k + 1, verbTok, m -> Roles.PARTY.test(m) && m.kind() != MentionKind.CITY).isEmpty()
                        && v.cues.stream().noneMatch(c -> c.tokStart() > and && c.tokStart() < verbTok
                                && c.is(CueKind.EXCHANGE_VERB));
                return adverbial ? k : -1;
            }
        }
        return -1;
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
