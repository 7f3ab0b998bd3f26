package io.rapporteur.extractor.rules.meeting;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.SentencePlaces;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a meeting was: the date the sentence gives, else that of what it happened during (the visit the release
 * reports, the event the sentence refers to, a participant's visit told before, the session of the body that met, the
 * meeting of the sentence before that "also" goes on from); and the day told beside each of several officials met.
 */
final class MeetingDay {

    /** Words that may stand between a listed official and the day told beside them: "and on", "and, later that day, by". */
    private static final Set<String> DAY_JOINTS = Set.of(",", "and", "on", "with", "by", "separately", "also");

    private MeetingDay() {
    }

    /** A meeting's date, and whether it was taken from what the meeting happened during. */
    record Day(String iso, boolean inherited) {
    }

    /**
     * The date of the meeting of the verb {@code cue} between {@code subjects} and {@code objects}. Remembers a
     * dated meeting of one subject, which the next sentence's "also met" may go on from.
     */
    static Day of(SentenceView v, CueMatch cue, int ce, List<Mention> subjects, List<Mention> objects,
                  SentencePlaces.Hit place) {
        DateMention date = v.nearestDate(cue.tokStart());
        if (date != null && v.tokenAt(date.start()) > cue.tokEnd()
                && (v.findWord("whom", cue.tokEnd(), v.tokenAt(date.start())) >= 0
                || v.findWord("which", cue.tokEnd(), v.tokenAt(date.start())) >= 0)
                && v.events().referredTo(0, cue.tokStart()) != null) {
            // "On the margins of the Dialogue, A met B, with whom he discussed ... the theme of the year for
            // 2020": the date of the event the sentence opens with, not a year of what they discussed
            date = null;
        }
        if (date != null && v.tokenAt(date.start()) > cue.tokEnd() && relativeClauseOfAPerson(v, cue.tokEnd(), v.tokenAt(date.start()))) {
            // "On 12 September 2018, ..., A met ... the High Commissioner, Ms. Michelle Bachelet, who had taken office
            // on 1 September 2018": the day that opens the sentence; the clause's is the person's
            DateMention opening = v.datesIn(0, cue.tokStart()).stream().filter(d -> d.iso() != null)
                    .reduce((a, b) -> b).orElse(null);
            date = opening != null ? opening : date;
        }
        if (date != null && date.to() != null && v.tokenAt(date.start()) < cue.tokStart()
                && v.findWord("during", 0, v.tokenAt(date.start())) >= 0) {
            // "During his stay in Cambodia from February 25 to 29, Ambassador A paid a courtesy call on B, ..., on
            // February 26": the day told after the verb, within the stay
            DateMention own = v.datesIn(cue.tokEnd(), ce).stream()
                    .filter(d -> d.iso() != null && d.to() == null && d.from().day() != null).findFirst().orElse(null);
            date = own != null ? own : date;
        }
        String iso = date == null ? null : date.iso();
        boolean inherited = false;
        EventRecord visitHere = v.discourse.lastEvent("VISIT");
        if (iso != null && date.to() == null && tokenBefore(v, date, cue) && visitHere != null
                && visitHere.sentence() == v.sentence().index() && visitHere.fact().date() != null
                && visitHere.fact().date().endsWith("/" + iso)) {
            // "DHAKA (29 October 2025) - ... today concluded a four-day official visit to Bangladesh, where he met
            // with ...": the release's day ends the visit the meeting was part of; it took place during it
            iso = visitHere.fact().date();
            inherited = true;
        }
        if (iso == null) {
            EventRecord event = v.events().referredTo(0, ce); // also a fronted "During the visit, ..."
            if (event != null) {
                iso = event.fact().date();
                inherited = true;
            }
        }
        for (int i = 0; iso == null && i < subjects.size() + objects.size(); i++) {
            Mention participant = i < subjects.size() ? subjects.get(i) : objects.get(i - subjects.size());
            EventRecord visit = v.events().visitJustReportedBy(participant.id(),
                    place == null ? null : place.place().country());
            if (visit == null) {
                visit = v.events().visitRecentlyReportedBy(participant);
            }
            if (visit != null && visit.fact().date() == null) {
                visit = null; // an undated mention of a visit gives no date: look for the visit told with one
            }
            String led = participant.kind() == MentionKind.PERSON && participant.id() != null
                    ? v.discourse.delegationLedBy(participant.id()) : null;
            if (visit == null && led != null && i < subjects.size()) {
                // "a CSHRS delegation led by Lu Guangjin visited Germany ... In Berlin, Lu held talks with ..."
                visit = visitToBy(v, led, place != null ? place.place().country() : hostOf(objects));
            }
            if (visit == null && i < subjects.size()) {
                // met in the country visited, or its bodies there: during that visit, however far back it was told
                visit = visitToBy(v, participant.id(), place != null ? place.place().country() : hostOf(objects));
            }
            if (visit != null) {
                iso = visit.fact().date();
                inherited = true;
            }
        }
        if (iso == null && subjects.size() == 1 && subjects.get(0).kind() == MentionKind.ORG) {
            // "the Committee held its annual meeting with the Subcommittee ..." in the release on its session:
            // during that session
            EventRecord session = v.discourse.latestHeldEvent("SESSION", 0);
            final String body = subjects.get(0).id();
            if (session != null && session.fact().date() != null && session.fact().entities("participants").stream()
                    .anyMatch(ref -> body != null && body.equals(ref.id()))) {
                iso = session.fact().date();
                inherited = true;
            }
        }
        Discourse.DatedMeeting before = v.discourse.lastDatedMeeting();
        if (iso == null && before != null && before.sentence() == v.sentence().index() - 1 && subjects.size() == 1
                && before.subject().equals(subjects.get(0).id()) && v.tokenIs(cue.tokStart() - 1, "also")) {
            // "On 27 November, Mr Gilmore met with A. He also held a working session with B.": that day too, where no
            // visit spans both (then "also met" is a meeting of the visit, as annotators date it)
            iso = before.date();
            inherited = true;
        }
        if (date != null && date.iso() != null && subjects.size() == 1) {
            v.discourse.lastDatedMeeting(new Discourse.DatedMeeting(subjects.get(0).id(), date.iso(), v.sentence().index()));
        }
        return new Day(iso, inherited);
    }

    /**
     * The day told beside each of the officials listed (in order), before them after the list's joint ("met on 8
     * November with A", "and on 18 March by B", "and on the following day with the Deputy Minister ..., B") or right
     * after them ("A on 13 November, and B on 15 November", "with B the following day"). Officials with no such day
     * are left out.
     */
    static Map<Mention, String> daysTold(SentenceView v, List<Mention> objects, int from, int ce) {
        List<Mention> inOrder = objects.stream().sorted(Comparator.comparingInt(Mention::tokStart)).toList();
        Map<Mention, String> days = new HashMap<>();
        int claimed = from; // where the day the previous official took ends
        for (int i = 0; i < inOrder.size(); i++) {
            Mention o = inOrder.get(i);
            int before = i == 0 ? from : Math.max(claimed, inOrder.get(i - 1).tokEnd());
            int after = i + 1 < inOrder.size() ? inOrder.get(i + 1).tokStart() : ce;
            for (DateMention d : v.datesIn(before, after)) {
                int ds = v.tokenAt(d.start());
                int de = v.tokenAt(d.end() - 1) + 1;
                // (a day after the previous official's "and" is this one's; one right after an official, theirs)
                boolean leads = de <= o.tokStart() && onlyWords(v, before, ds, DAY_JOINTS)
                        && (i == 0 || v.findWord("and", before, ds) >= 0);
                boolean follows = ds >= o.tokEnd() && onlyWords(v, o.tokEnd(), ds, Set.of(",", "on"));
                if (d.iso() != null && (leads || follows)) {
                    days.put(o, d.iso());
                    claimed = follows ? de : claimed;
                    break;
                }
            }
        }
        return days;
    }

    /**
     * Whether token {@code tok} is in ", who ..." after a person met, opened after the verb ({@code from}), no comma
     * between: what it says is of the person.
     */
    private static boolean relativeClauseOfAPerson(SentenceView v, int from, int tok) {
        for (int i = tok - 1; i > from; i--) {
            if (v.tokenIs(i, ",")) {
                return false;
            }
            if (v.tokenIs(i, "who") && v.tokenIs(i - 1, ",")) {
                final int comma = i - 1;
                return v.nearestLeft(comma, m -> m.kind() == MentionKind.PERSON && m.tokEnd() == comma) != null;
            }
        }
        return false;
    }

    private static boolean onlyWords(SentenceView v, int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (!words.contains(v.token(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** The state whose national bodies or officials all the met are, if they name one: the host of a visit. */
    private static String hostOf(List<Mention> objects) {
        String host = null;
        for (Mention m : objects) {
            if (m.kind() != MentionKind.NATIONAL_BODY && m.kind() != MentionKind.PERSON || m.country() == null) {
                return null;
            }
            if (host != null && !host.equals(m.country())) {
                return null;
            }
            host = m.country();
        }
        return host;
    }


    /** Whether the date is written before the meeting's cue (the dateline's or a lead's, not one of its own after it). */
    private static boolean tokenBefore(SentenceView v, DateMention date, CueMatch cue) {
        return v.tokenAt(date.start()) < cue.tokStart();
    }

    /**
     * The last visit {@code visitorId} was reported making to {@code country}, however far back: "In Harare, Ms. Elver
     * met ..." in a release about her visit to Zimbabwe, a few paragraphs after the visit's dates. Null if none.
     */
    private static EventRecord visitToBy(SentenceView v, String visitorId, String country) {
        EventRecord own = visitToBy(v, visitorId, country, false);
        return own != null ? own : visitToBy(v, visitorId, country, true);
    }

    private static EventRecord visitToBy(SentenceView v, String visitorId, String country, boolean byOffice) {
        if (visitorId == null) {
            return null;
        }
        EventRecord found = null;
        Set<String> visits = new HashSet<>();
        // (or the office a lead named before its holder: "The ... Special Rapporteur on the right to food ... concluded
        // a visit", then "The Special Rapporteur, Ingrid Lahtinen, ..." and "Lahtinen met with ...")
        String office = !byOffice ? null : v.discourse.people().recentFirst().stream().filter(p -> p.id().equals(visitorId))
                .map(Person::affiliation).filter(a -> a != null && v.kb.isOffice(a)).findFirst().orElse(null);
        if (byOffice && office == null) {
            return null;
        }
        for (EventRecord e : v.discourse.events()) {
            if (!"VISIT".equals(e.kind())) {
                continue;
            }
            EntityRef visitor = e.fact().entity("visitor");
            EntityRef destination = e.fact().entity("destination");
            if (e.sentence() < v.sentence.index() && e.fact().status() == null && e.fact().date() != null
                    && visitor != null && (byOffice ? office.equals(visitor.id()) : visitorId.equals(visitor.id()))
                    && destination != null && (country == null || country.equals(destination.id()))) {
                found = e;
                visits.add(destination.id() + "@" + e.fact().date());
            }
        }
        // where the meeting names no country ("It held meetings with the Minister of Justice, ..." under a heading of
        // its own), only a visitor's one visit of the text is the one it met during
        return country != null || visits.size() == 1 ? found : null;
    }
}
