package io.rapporteur.extractor.rules.visit;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.time.LocalDate;
import java.util.List;

/**
 * When a visit a verb reports took place: the clause's date, or the days a release dated on the visit's last day
 * implies ("today concluded a four-day visit", "that began on 19 November").
 */
final class DaysOfTheStay {

    private DaysOfTheStay() {
    }

    /**
     * "I am concluding today my first visit to Mexico ..., which began on 5 April": a visit that ends on the day of the
     * statement, its start given by "began on": from that day to the dateline's.
     */
    static void endedToday(SentenceView v, List<FactDraft> made) {
        PartialDate dateline = v.discourse.dateline();
        if (made.isEmpty() || dateline == null || dateline.day() == null || v.findWord("today", 0, v.tokens.size()) < 0) {
            return;
        }
        for (DateMention d : v.dates) {
            int at = v.tokenAt(d.start());
            boolean began = (v.tokenIs(at - 1, "on") || v.tokenIs(at - 1, "in"))
                    && (v.tokenIs(at - 2, "began") || v.tokenIs(at - 2, "started") || v.tokenIs(at - 2, "begun"));
            if (!began || d.to() != null || d.iso() == null || d.iso().length() != 10 || d.iso().compareTo(dateline.iso()) >= 0) {
                continue;
            }
            for (FactDraft fact : made) {
                if (fact.type() == FactType.VISIT && d.iso().equals(fact.date()) && fact.status() == null) {
                    fact.date(d.iso() + "/" + dateline.iso(), false);
                }
            }
        }
    }

    /**
     * The date of the visit the verb reports: the clause's (two months joined: "in November and December 2005"), the
     * span a relative clause gives, the days that end on the release's day ({@link #concludedToday}), from an arrival
     * to the day a release reported the visit ended, else the date of the event the clause refers to.
     */
    static void dateTheVisit(SentenceView v, FactDraft fact, CueMatch cue, Mention place, Mention destination, int ce) {
        DateMention date = v.nearestDate(cue.tokStart());
        if (v.tokenIs(place.tokEnd(), ",") && v.tokenIs(place.tokEnd() + 1, "which")) {
            // "today concluded a four-day official visit to Malaysia, which he undertook from 18 to 21 May": the span
            // the relative clause gives, which the day of the release closes
            DateMention span = v.datesIn(place.tokEnd(), v.tokens.size()).stream()
                    .filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
            if (span != null && (date == null || date.to() == null && date.iso() != null && VisitRule.reportedWithin(date.iso(), span.iso()))) {
                date = span;
            }
        }
        String iso = date == null ? null : monthsJoined(v, date); // "visited China in November and December 2005"
        String concluded = concludedToday(v, cue, place, ce);
        if (concluded != null) {
            iso = concluded;
        }
        String arrivalOn = arrivalOfVisitReportedEnded(v, cue, destination, date);
        if (arrivalOn != null) {
            iso = arrivalOn;
        }
        boolean inherited = false;
        if (iso == null) {
            EventRecord event = v.events().referredTo(cue.tokEnd(), ce);
            if (event != null) {
                iso = event.fact().date();
                inherited = true;
            }
        }
        fact.date(iso, inherited);
    }

    /** The most days a visit told by its arrival and its release's day may last. */
    private static final int MAX_VISIT_DAYS = 31;

    /**
     * "The Special Rapporteur arrived in Astana on 9 September ..." in a release that has reported the visit's end on
     * its own day ("..., today ... at the end of her official visit to the country"): from that day to the release's.
     * Null otherwise.
     */
    private static String arrivalOfVisitReportedEnded(SentenceView v, CueMatch cue, Mention destination, DateMention date) {
        if (!v.tokenIs(cue.tokStart(), "arrived") || date == null || date.to() != null || date.iso() == null
                || date.iso().length() != 10 || v.discourse.dateline() == null || v.discourse.dateline().day() == null) {
            return null;
        }
        String end = v.discourse.dateline().iso();
        if (date.iso().compareTo(end) >= 0
                || java.time.LocalDate.parse(date.iso()).plusDays(MAX_VISIT_DAYS).isBefore(java.time.LocalDate.parse(end))) {
            return null;
        }
        Discourse.VisitByExpertNamedLater lead = v.discourse.visitByExpertNamedLater();
        boolean ended = lead != null && lead.destination().equals(destination.id());
        for (EventRecord e : v.discourse.events()) {
            EntityRef where = e.fact().entity("destination");
            ended |= "VISIT".equals(e.kind()) && e.sentence() < v.sentence.index() && where != null
                    && where.id().equals(destination.id()) && e.fact().date() != null && e.fact().date().equals(end);
        }
        return ended ? date.iso() + "/" + end : null;
    }

    /** The most tokens between "began" and the day it began on: "that began on 19 November". */
    private static final int BEGAN_REACH = 3;

    /**
     * "DUBLIN, 23 November - ... today concluded an official visit to Ireland that began on 19 November", "wrapped up a
     * visit to Japan today that began on 15 November": from the day it began to the release's day; "today concluded a
     * four-day visit", "said today at the end of a ten-day visit": the days that end on the release's day (or on the day
     * written after the verb: "concluded on 11 October a visit to Argentina that had begun on 2 October"). Null
     * otherwise.
     */
    private static String concludedToday(SentenceView v, CueMatch cue, Mention place, int ce) {
        int verb = cue.tokStart();
        boolean concluding = v.tokenIs(verb, "concluded") || v.tokenIs(verb, "completed") || v.tokenIs(verb, "ended")
                || v.tokenIs(verb, "wrapped") || v.tokenIs(verb - 1, "concluded") || v.tokenIs(verb - 1, "wrapped")
                || v.tokenIs(verb - 2, "concluded") || v.tokenIs(verb - 2, "completed") || v.tokenIs(verb - 2, "wrapped")
                || v.tokenIs(verb, "at") && v.tokenIs(verb + 1, "the") && (v.tokenIs(verb + 2, "end")
                || v.tokenIs(verb + 2, "conclusion") || v.tokenIs(verb + 2, "close")); // "said today at the end of a visit"
        int today = v.findWord("today", 0, Math.min(v.tokens.size(), place.tokEnd() + 2));
        DateMention inline = v.datesIn(0, verb).stream().filter(DateMention::isDay)
                .findFirst().orElse(null); // "DUBLIN, 23 November (RTE) - ...": the release's own date
        // or a day written just before the verb: "on Thursday, Oct. 28, wrapped up a visit ... that began on Oct. 19",
        // "ULAANBAATAR (14 June 2023) - ..., on Wednesday wrapped up a four-day official visit"
        boolean dayBefore = inline != null && v.datesIn(Math.max(0, verb - 4), verb).stream()
                .anyMatch(DateMention::isDay);
        // (or a bulletin's entry: "16 November – Thailand: A concluded a visit to Thailand that began on 14 November")
        dayBefore |= inline != null && v.timelineDash() > v.tokenAt(inline.start());
        String released = inline != null ? inline.iso()
                : v.discourse.dateline() != null && v.discourse.dateline().day() != null ? v.discourse.dateline().iso() : null;
        String weekday = null;
        for (int k = Math.max(1, verb - 3); k < verb && weekday == null; k++) {
            weekday = v.weekdayDay(k, released);
        }
        // "concluded on 28 March 2019 an eleven-day visit to ...": the day of its end, written after the verb
        DateMention endedOn = v.tokenIs(verb + 1, "on") ? v.datesIn(verb + 2, verb + 3).stream()
                .filter(DateMention::isDay).findFirst().orElse(null) : null;
        if (endedOn != null) {
            weekday = endedOn.iso();
        }
        if (!concluding || today < 0 && !dayBefore && weekday == null) {
            return null;
        }
        String last = weekday != null ? weekday : released;
        if (last == null) {
            return null;
        }
        for (DateMention d : v.datesIn(place.tokEnd(), ce)) {
            int t = v.tokenAt(d.start());
            for (int w = t - 1; w >= Math.max(place.tokEnd(), t - BEGAN_REACH); w--) {
                if ((v.tokenIs(w, "began") || v.tokenIs(w, "begun") || v.tokenIs(w, "started")) && d.isDay()
                        && d.iso().compareTo(last) < 0) {
                    return d.iso() + "/" + last;
                }
            }
        }
        // "today concluded a four-day official visit to Mongolia": the four days that end on the release's day, as
        // annotators date it (where the text writes the days, the dates written win: this runs only with none)
        Integer days = lengthInDays(v, verb, place.tokStart());
        if (days != null && days > 1 && days <= 31 && last.length() == 10 && v.datesIn(verb, Math.min(ce, place.tokEnd() + 4))
                .stream().allMatch(d -> d == endedOn)) {
            java.time.LocalDate end = java.time.LocalDate.parse(last);
            return end.minusDays(days - 1) + "/" + last;
        }
        return null;
    }

    /** "a four-day visit", "a 10-day mission": the days written between {@code from} and {@code to}, or null. */
    private static Integer lengthInDays(SentenceView v, int from, int to) {
        for (int k = from + 2; k < to; k++) {
            if ((v.tokenIs(k, "day") || v.tokenIs(k, "days")) && v.token(k - 1).norm().equals("-")) {
                String n = v.token(k - 2).norm();
                Integer value = v.kb.cardinal(n);
                if (value == null && n.matches("\\d{1,2}")) {
                    value = Integer.parseInt(n);
                }
                return value;
            }
        }
        return null;
    }

    /**
     * The ISO date of {@code d}, or the span from it to the next date where "and" joins two months of one year ("in
     * November and December 2005" -> 2005-11/2005-12): one lasting event over both.
     */
    static String monthsJoined(SentenceView v, DateMention d) {
        int i = v.dates.indexOf(d);
        if (i < 0 || i + 1 >= v.dates.size() || d.to() != null || d.iso() == null || d.iso().length() != 7 || v.respectively()) {
            return d.iso();
        }
        DateMention next = v.dates.get(i + 1);
        boolean joined = v.doc.substring(d.end(), next.start()).strip().equals("and");
        return joined && next.to() == null && next.iso() != null && next.iso().length() == 7
                && next.iso().compareTo(d.iso()) > 0 && next.iso().startsWith(d.iso().substring(0, 4))
                ? d.iso() + "/" + next.iso() : d.iso();
    }
}
