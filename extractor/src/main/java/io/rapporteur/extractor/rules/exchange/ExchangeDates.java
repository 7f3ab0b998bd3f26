package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of the clause's dates are the exchange's own: outside its name, on its side of ", and", nearest to it, paired
 * "respectively".
 */
final class ExchangeDates {

    private ExchangeDates() {
    }

    /** Words that open another exchange's name after ", and": "the 18th ...", "a human rights consultation". */
    private static final Set<String> NEXT_EXCHANGE_OPENERS = Set.of("the", "a", "an", "its", "their");

    /** The most tokens from ", and" to the next exchange's noun: ", and the 18th China-US Human Rights Dialogue". */
    private static final int NEXT_EXCHANGE_REACH = 14;

    /** The most tokens from a bare "and" to a second object's noun: "and a joint seminar". */
    private static final int NEXT_OBJECT_REACH = 4;

    /**
     * "The 32nd China-EU Dialogue was held in Guangzhou in June, and the 18th China-US Dialogue took place in Kunming,
     * Yunnan Province, on July 30 and 31", "the 27th and 28th dialogues ... in May and November 2009, respectively, and
     * the 11th Seminar took place in Stockholm in November": where ", and" opens another exchange of the clause, the
     * dates between the two exchanges belong to the first, and those after the ", and" to the second. (A date fronted
     * before both, "In 2009, ...", stays with each.)
     */
    static List<DateMention> ownSideOfAnd(SentenceView v, CueMatch noun, int cs, int ce, List<DateMention> dates) {
        for (int i = cs; i + 1 < ce; i++) {
            // "held a workshop ... in May 2004 and a seminar ... that October": a second object of the same verb,
            // joined without a comma, with dates of its own
            boolean objectAnd = v.tokenIs(i, "and") && !v.tokenIs(i - 1, ",")
                    && NEXT_EXCHANGE_OPENERS.contains(v.token(i + 1).norm())
                    && v.firstCue(CueKind.EXCHANGE_NOUN, i + 1, Math.min(ce, i + 1 + NEXT_OBJECT_REACH)) != null;
            final int opener = objectAnd ? i + 1 : i + 2;
            // also "..., and in November Viet Nam held ...", "..., and Viet Nam also held ...": a predicate of its own
            // (or past an adverbial of its own: "..., and for the first time held a consultation with ...")
            boolean ownPredicate = (v.tokenIs(opener, "in") || v.tokenIs(opener, "on") || v.tokenIs(opener, "for")
                    || v.tokenIs(opener, "also") || v.tokenIs(opener, "later")
                    || v.firstRight(opener, opener + 1, Roles.PARTY) != null)
                    && v.firstCue(CueKind.EXCHANGE_VERB, opener, Math.min(ce, opener + NEXT_EXCHANGE_REACH)) != null;
            if (!objectAnd && (!v.tokenIs(i, ",") || !v.tokenIs(i + 1, "and") || !NEXT_EXCHANGE_OPENERS.contains(v.token(i + 2).norm())
                    && v.ordinals().endingAt(i + 2) == null && !ownPredicate)) {
                continue; // not "..., and with Norway in Hanoi in October": the same exchange, another partner
            }
            final int and = i;
            CueMatch next = v.firstCue(CueKind.EXCHANGE_NOUN, opener, Math.min(ce, opener + NEXT_EXCHANGE_REACH));
            // also "..., respectively, and the 16th round took place in ..."
            int after = next != null ? next.tokStart() : ExchangeRounds.nthRound(v, opener, Math.min(ce, opener + NEXT_EXCHANGE_REACH));
            CueMatch before = v.lastCue(CueKind.EXCHANGE_NOUN, cs, i);
            if (after < 0 || before == null) {
                continue;
            }
            // where each has dates of its own; a date only the first clause gives ("with A in 2009, and
            // consultations with B") is both's
            List<DateMention> firsts = dates.stream().filter(d -> v.tokenAt(d.start()) < and).toList();
            List<DateMention> seconds = dates.stream().filter(d -> v.tokenAt(d.start()) > and).toList();
            if (noun.tokStart() < and && noun.tokStart() >= before.tokStart() - NEXT_EXCHANGE_REACH && !firsts.isEmpty()) {
                return firsts; // the first exchange
            }
            if (noun.tokStart() > and && noun.tokStart() <= after) {
                CueMatch firstVerb = v.firstCue(CueKind.EXCHANGE_VERB, cs, before.tokStart());
                final int from = Math.min(before.tokStart(), firstVerb == null ? before.tokStart() : firstVerb.tokStart());
                List<DateMention> own = dates.stream().filter(d -> v.tokenAt(d.start()) > and || v.tokenAt(d.start()) < from)
                        .toList(); // the second: its own, and one fronted before both ("In 2013, ...")
                // (with no date of its own, the year fronted before both, not the first's month: "In 2014, ... in
                // December, and China held consultations with Russia")
                if (!seconds.isEmpty() || !own.isEmpty()) {
                    return own;
                }
            }
        }
        return dates;
    }

    /** The first ", and" from {@code from} on, else {@code ce}. */
    static int commaAnd(SentenceView v, int from, int ce) {
        for (int i = from; i + 1 < ce; i++) {
            if (v.tokenIs(i, ",") && v.tokenIs(i + 1, "and")) {
                return i;
            }
        }
        return ce;
    }

    /** Whether a date at {@code tok} is the one a round was moved from: "postponed from the previous year". */
    static boolean postponedFrom(SentenceView v, int tok) {
        int k = v.tokenIs(tok - 1, "the") ? tok - 2 : tok - 1;
        if (!v.tokenIs(k, "from")) {
            return false;
        }
        final int from = k;
        return v.cues.stream().anyMatch(c -> c.tokEnd() == from && c.is(CueKind.STATUS));
    }

    /**
     * "In May and December, respectively, China held its 12th human rights dialogue with Switzerland and its 11th
     * human rights dialogue with Germany": as many dates before the verb as exchange nouns after it, paired in order.
     * Null when the sentence does not pair them.
     */
    static DateMention respectiveDate(SentenceView v, CueMatch noun, CueMatch verb, int cs, int ce) {
        if (!v.respectively()) {
            return null;
        }
        if (verb.tokStart() > noun.tokStart()) {
            // "The 11th China-Switzerland ... dialogue and the 10th China-Germany ... dialogue were held in Beijing in
            // June and December, respectively": the named exchanges before the verb, their dates after it
            List<DateMention> after = v.datesIn(verb.tokEnd(), ce).stream().filter(d -> d.iso() != null).toList();
            List<CueMatch> before = v.cues(CueKind.EXCHANGE_NOUN).stream()
                    .filter(c -> c.tokStart() >= cs && c.tokStart() < verb.tokStart()).toList();
            if (after.isEmpty() && !before.isEmpty()) {
                // "In April and December, the 12th China-Switzerland ... Dialogue and the 33rd China-EU ... Dialogue
                // were held in Beijing and Brussels, respectively": their dates before them
                after = v.datesIn(cs, before.get(0).tokStart()).stream().filter(d -> d.iso() != null).toList();
            }
            return inOrder(before, noun, after);
        }
        List<DateMention> fronted = v.datesIn(cs, verb.tokStart()).stream().filter(d -> d.iso() != null).toList();
        List<CueMatch> nouns = v.cues(CueKind.EXCHANGE_NOUN).stream()
                .filter(c -> c.tokStart() > verb.tokStart() && c.tokStart() < ce).toList();
        return inOrder(nouns, noun, fronted);
    }

    /**
     * The date in the same place among {@code dates} as {@code item} among {@code items}, where two or more of each
     * pair up one to one ("... in June and December, respectively"); null otherwise.
     */
    static DateMention inOrder(List<CueMatch> items, CueMatch item, List<DateMention> dates) {
        int index = items.indexOf(item);
        return dates.size() > 1 && dates.size() == items.size() && index >= 0 ? dates.get(index) : null;
    }

    /** Whether a date at {@code tok} opens its phrase ("In May 2004, ...", "..., and on 3 June ..."): the scene. */
    static boolean setsTheScene(SentenceView v, int tok) {
        int p = tok;
        if (v.tokenIs(p - 1, "in") || v.tokenIs(p - 1, "on") || v.tokenIs(p - 1, "during") || v.tokenIs(p - 1, "from")
                || v.tokenIs(p - 1, "since") || v.tokenIs(p - 1, "between")) {
            p--;
        }
        return p == 0 || v.tokenIs(p - 1, ",") || v.tokenIs(p - 1, "and") || v.tokenIs(p - 1, ":") || v.tokenIs(p - 1, ";");
    }

    static List<DateMention> datesOutside(SentenceView v, int cs, int ce, int nameStart, int nameEnd) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : v.datesIn(cs, ce)) {
            int t = v.tokenAt(d.start());
            // "the fifth since 2015": a date after "since" starts a count, it is not when this exchange happened
            // nor a dateline opening the sentence ("Bern, 17.06.2016 - The 14th round ... took place on 15 and 16 June")
            // nor when the series began ("for the fourth round of consultations, a format launched in 2016")
            if ((t < nameStart || t >= nameEnd) && d.iso() != null && !v.tokenIs(t - 1, "since")
                    && !v.datelineOpening(d, t) && !seriesBegan(v, t)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Whether the date at {@code t} tells when the series began, in a clause of its own ("..., a format launched in
     * 2016"; kb word list "series-beginnings"), not as the exchange's verb ("The Dialogue was launched in 2014": its
     * first round).
     */
    private static boolean seriesBegan(SentenceView v, int t) {
        return v.tokenIs(t - 1, "in") && t >= 2 && v.kb.words("series-beginnings").contains(v.token(t - 2).norm())
                && v.cues.stream().noneMatch(c -> c.is(CueKind.EXCHANGE_VERB) && c.tokStart() <= t - 2 && t - 2 < c.tokEnd());
    }

    /**
     * Whether the date at {@code t} is the year of another noun, written "<noun> for <date>": "concludes its
     * fifty-first session, announces visits for 2024" (kb word list "nouns-before-their-year").
     */
    private static boolean anotherNounsYear(SentenceView v, int t) {
        return v.tokenIs(t - 1, "for") && t >= 2 && v.kb.words("nouns-before-their-year").contains(v.token(t - 2).norm());
    }

    static DateMention nearestOutside(SentenceView v, int tok, List<DateMention> dates) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int t = v.tokenAt(d.start());
            int distance = t <= tok ? tok - t : t - tok + 1;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best != null && best.to() == null && best.from().month() == null) {
            for (DateMention d : dates) { // "The 2010 Forum was held in November": the month of that year says more
                // (also its days: "gathered ... from 6 to 8 November for the 2023 World Forum for Democracy")
                boolean within = d.to() == null || d.to().year() != null && d.to().year().equals(d.from().year());
                if (within && d.from().month() != null && best.from().year().equals(d.from().year())) {
                    return d;
                }
            }
        }
        if (best != null && best.iso() != null && best.to() == null && best.from().month() != null) {
            for (DateMention d : dates) { // "In October, ... convened in Marrakech from 10 to 12 October 2018": the days
                if (d != best && d.iso() != null && d.iso().startsWith(best.iso() + "-")
                        && (d.to() == null || d.iso().substring(d.iso().indexOf('/') + 1).startsWith(best.iso() + "-"))) {
                    return d;
                }
            }
        }
        return best;
    }

    /**
     * The dates the clause tells of the exchange: its own ({@code dates}), those after its name, those paired with its
     * rounds, the nearest, a frame's span ({@code framed}), a year shared with other predicates, and where its places
     * end (before the ", and" of another exchange with dates of its own).
     */
    record Told(List<DateMention> dates, String sharedYear, List<DateMention> datesAfter, List<DateMention> pairedDates,
                boolean pairwise, DateMention near, String framed, int placeEnd) {
    }

    static Told told(SentenceView v, CueMatch noun, CueMatch verb, int cs, int ce, int nameStart, int nameEnd,
                     String format, String status, List<Integer> ordinals) {
        String sharedYear = null;
        List<DateMention> dates = datesOutside(v, cs, ce, nameStart, nameEnd).stream()
                .filter(d -> !postponedFrom(v, v.tokenAt(d.start())) && !anotherNounsYear(v, v.tokenAt(d.start())))
                .toList();
        List<DateMention> allDates = dates;
        dates = ownSideOfAnd(v, noun, cs, ce, dates);
        // the places of the first of two exchanges joined by ", and" are also before it
        final List<DateMention> ownDates = dates;
        int placeEnd = !ownDates.isEmpty() && allDates.stream().anyMatch(d -> !ownDates.contains(d) && d.start() > noun.end())
                ? commaAnd(v, v.tokenAt(ownDates.get(ownDates.size() - 1).end() - 1), ce) : ce;
        int andTok = verb.tokStart() < noun.tokStart() ? ExchangeVerbs.andBefore(v, verb.tokStart()) : -1;
        CueMatch firstVerb = andTok >= 0 ? v.firstCue(CueKind.EXCHANGE_VERB, cs, andTok) : null;
        if (firstVerb != null) {
            // "held the fifth round ... with Russia in Moscow in October, and held human rights consultations with
            // Belarus and Laos": the first predicate's date is not the second's (a fronted "In 2002," is both's)
            final int and = andTok;
            final int first = firstVerb.tokStart();
            List<DateMention> own = dates.stream()
                    .filter(d -> v.tokenAt(d.start()) > and || v.tokenAt(d.start()) < first).toList();
            if (own.isEmpty() && !dates.isEmpty() && v.discourse.year() != null) {
                sharedYear = String.valueOf(v.discourse.year()); // only the year the section is about
            }
            dates = own;
        }
        if (allDates.isEmpty() && sharedYear == null && v.tokenIs(verb.tokStart() - 1, "also")
                && (v.tokenIs(verb.tokStart(), "held") || v.tokenIs(verb.tokStart(), "conducted")) // (not a sponsor's)
                && v.discourse.year() != null && v.findWord("regular", cs, ce) < 0) { // not a habit's
            // a year's review: "China also held exchanges of views on human rights with Sweden, Brazil, ...": that year
            sharedYear = String.valueOf(v.discourse.year());
        }
        if (verb.tokStart() > nameEnd) { // "The Dialogue, which began in 1997, held ...": not this round's date
            // ... but "The consultation, which had been scheduled for November, was postponed" dates it
            dates = dates.stream().filter(d -> !v.inRelativeClause(v.tokenAt(d.start()), verb.tokStart())
                    || v.scheduledFor(v.tokenAt(d.start()))).toList();
        }
        final int nameEndForDates = nameEnd;
        final int nameStartForDates = nameStart;
        List<DateMention> toldBeforeBy = !PrecededOrFollowed.sequencing(v, verb) ? List.of() : dates.stream().filter(d ->
                v.tokenAt(d.start()) >= verb.tokEnd() && v.tokenAt(d.start()) < nameStartForDates).toList();
        if (!toldBeforeBy.isEmpty()) {
            // "The Dialogue was preceded on 5 November by a seminar ... on the AU theme of the year 2019": the day
            // between the verb and its "by" is the event's
            dates = toldBeforeBy;
        }
        if (dates.stream().anyMatch(d -> v.tokenAt(d.start()) >= nameEndForDates)) {
            // "Within the framework of the MoU signed ... in November 2000, China and OHCHR held a workshop ... in
            // May 2004": a date deep in a fronted phrase is another event's, where the exchange has its own after it
            dates = dates.stream().filter(d -> v.tokenAt(d.start()) >= nameEndForDates
                    || setsTheScene(v, v.tokenAt(d.start()))).toList();
        }
        // "In 2004, ... the 12th and 13th rounds ... in February and November, respectively": the year that sets
        // the scene before the exchange is not one of the paired dates
        List<DateMention> datesAfter = dates.stream().filter(d -> v.tokenAt(d.start()) >= nameEndForDates).toList();
        List<DateMention> pairedDates = dates.size() == ordinals.size() ? dates : datesAfter;
        // with as many dates as rounds, the dates go in order even where "respectively" is left unsaid ("In 2013
        // and 2014, China hosted the 11th and 12th workshops"); one date for all rounds would be wrong for all but one
        boolean pairwise = ordinals.size() > 1 && pairedDates.size() == ordinals.size();
        DateMention near = nearestOutside(v, noun.tokStart(), dates);
        DateMention respective = respectiveDate(v, noun, verb, cs, ce);
        if (respective != null) {
            near = respective; // "In May and December, respectively, China held its 12th dialogue with A and its 11th"
        }
        // "In the course of the session, the Committee held interactive dialogues with ...": the session's span
        // (not the exchange "was preceded by" it: its own date is told from that one's)
        EventRecord frame = dates.isEmpty() && !PrecededOrFollowed.sequencing(v, verb)
                ? v.events().referredTo(cs, Math.min(noun.tokStart(), verb.tokStart())) : null;
        String framed = frame != null && !frame.kind().equals(format)
                ? v.events().dateWithin(frame, cs, Math.min(noun.tokStart(), verb.tokStart())) : null;
        if ("POSTPONED".equals(status) || "CANCELLED".equals(status)) {
            // "initially planned for November, has been rescheduled for 2018": the date it was called off from
            near = dates.stream().filter(d -> v.scheduledFor(v.tokenAt(d.start()))).findFirst().orElse(near);
        }
        return new Told(dates, sharedYear, datesAfter, pairedDates, pairwise, near, framed, placeEnd);
    }
}
