package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.rules.SentenceView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Facts a later sentence dates: memberships dated by the term told next, a visit's days told in the next sentence
 * ("During her stay, from September 5 to 14, ..."), a session's last day told after its opening, the title's visit
 * dated by its statement's header. Each replaces the fact under its key by itself with the new date.
 */
final class DatesToldLater {

    private DatesToldLater() {
    }

    /** The title's undated visit takes the days its statement's header gives. */
    static void datedByHeader(Map<String, Fact> facts, String span) {
        for (Map.Entry<String, Fact> e : new ArrayList<>(facts.entrySet())) {
            Fact f = e.getValue();
            if (f.type() == FactType.VISIT && f.date() == null && f.status() == null) {
                redate(facts, e.getKey(), span);
                return;
            }
        }
    }

    /**
     * How many sentences back the undated memberships of an election story may be: "Elected in the first round were:
     * A, ... . B was elected to the twelfth seat ... . A, C and D were re-elected ... . All twelve will serve ...".
     */
    private static final int ELECTION_STORY_REACH = 3;

    /**
     * "... elected Brazil, China, .... The new members will serve three-year terms beginning on 1 January 2017 and
     * ending on 31 December 2019.": the memberships the sentences just before left without a date take that term.
     */
    static void datePreviousElection(Discourse discourse, Map<String, Fact> facts, int sentenceIndex) {
        String term = discourse.termOfThoseElected();
        if (term == null) {
            return;
        }
        discourse.termOfThoseElected(null);
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Fact> e : facts.entrySet()) {
            Fact f = e.getValue();
            if (f.type() == FactType.MEMBERSHIP && f.date() == null && f.provenance() != null
                    && f.provenance().sentenceIndex() < sentenceIndex
                    && f.provenance().sentenceIndex() >= sentenceIndex - ELECTION_STORY_REACH) {
                keys.add(e.getKey());
            }
        }
        for (String key : keys) {
            redate(facts, key, term);
        }
    }

    /**
     * "In September, Mary Robinson paid her first visit to China. During her stay, from September 5 to 14, she ...":
     * the visit reported by its month (or by its last day) takes the days the next sentences give it.
     */
    static void daysOfTheStay(Discourse discourse, SentenceView view, Map<String, Fact> facts) {
        if (!view.opensWithDuringTheStay()) {
            return;
        }
        var span = view.dates().stream().filter(d -> d.to() != null && d.iso() != null && d.iso().length() == 21)
                .findFirst().orElse(null);
        if (span == null) {
            return;
        }
        String month = span.iso().substring(0, 7);
        List<Map.Entry<String, Fact>> entries = new ArrayList<>(facts.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Map.Entry<String, Fact> e = entries.get(i);
            Fact f = e.getValue();
            // (or by the day it ended, the release's: "... said today at the end of her first official visit")
            if (f.type() == FactType.VISIT && f.status() == null
                    && (month.equals(f.date()) || span.iso().substring(11).equals(f.date()))) {
                redate(facts, e.getKey(), span.iso());
                discourse.dateVisitOfMonth(month, span.iso());
                return;
            }
        }
    }

    /**
     * How many sentences after a session's opening may still give its last day: a page's worth where they say "the
     * session" (a release's paragraphs on its new members and officers may come first), only the next where the
     * sentence opens with the day.
     */
    static final int SESSION_END_REACH = 20;

    /**
     * "The Committee ... opened its 83rd session in Geneva on Monday. The session, which runs until Oct. 28, will ...":
     * the numbered session opened shortly before, dated by its first day only, runs to the day this sentence gives
     * (where that is a session's length at most after it). Only the last session told is taken.
     */
    static void sessionEndToldAfter(SentenceView view, Map<String, Fact> facts, int sentenceIndex) {
        SentenceView.SessionEnd end = view.sessionEndTold();
        if (end == null) {
            return;
        }
        int earliest = sentenceIndex - (end.namesTheSession() ? SESSION_END_REACH : 1);
        List<Map.Entry<String, Fact>> entries = new ArrayList<>(facts.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Fact f = entries.get(i).getValue();
            int told = f.provenance() == null ? -1 : f.provenance().sentenceIndex();
            if (told < earliest) {
                return;
            }
            if (told < sentenceIndex && f.type() == FactType.EXCHANGE && "SESSION".equals(f.text("format"))) {
                if (SessionOpeningAndClosing.isDatedSession(f) && f.date().length() == 10) { // dated by one day
                    long days = ChronoUnit.DAYS.between(LocalDate.parse(f.date()), LocalDate.parse(end.day().iso()));
                    if (days > 0 && days <= SessionOpeningAndClosing.MAX_SESSION_DAYS) {
                        redate(facts, entries.get(i).getKey(), f.date() + "/" + end.day().iso());
                    }
                }
                return;
            }
        }
    }

    /** Replaces the fact under {@code key} by itself with another date, under the key that date gives it. */
    static void redate(Map<String, Fact> facts, String key, String date) {
        Fact dated = facts.remove(key).withDate(date);
        facts.putIfAbsent(FactIdentity.canonicalKey(dated), dated);
    }
}
