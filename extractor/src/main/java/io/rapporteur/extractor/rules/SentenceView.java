package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.extractor.date.DateFinder;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.Cue;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.kb.EntityEntry;
import io.rapporteur.extractor.kb.EntityKind;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.kb.PhraseTrie;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionFinder;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.mention.PersonRegistry;
import io.rapporteur.extractor.segment.Sentence;
import io.rapporteur.extractor.segment.Token;
import io.rapporteur.extractor.segment.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence as the rules see it: tokens, entity mentions (anaphors resolved against the discourse), cue phrases
 * and dates with their years settled, plus the small navigation helpers the rules share ("the nearest actor to the
 * left of the verb", "the entities coordinated with it", "the place after 'in'").
 */
public final class SentenceView {

    private static final Set<String> CONNECTORS = Set.of("and", ",", ", and", "as well as", "and/or", "&", "or",
            "together with");
    /** "acceded to the ICCPR and to the ICESCR", "invitations to A and to B": "to" repeated still coordinates. */
    private static final Set<String> REPEATED_TO = Set.of("and to", "and to the", ", and to", ", and to the");

    public final String doc;
    public final Sentence sentence;
    public final List<Token> tokens;
    public final List<Mention> mentions;
    public final List<CueMatch> cues;
    public final List<DateMention> dates;
    public final Discourse discourse;
    public final KnowledgeBase kb;
    private final List<Person> recentBefore;

    private SentenceView(String doc, Sentence sentence, List<Token> tokens, List<Mention> mentions,
                         List<CueMatch> cues, List<DateMention> dates, Discourse discourse, KnowledgeBase kb,
                         List<Person> recentBefore) {
        this.doc = doc;
        this.sentence = sentence;
        this.tokens = tokens;
        this.mentions = mentions;
        this.cues = cues;
        this.dates = dates;
        this.discourse = discourse;
        this.kb = kb;
        this.recentBefore = recentBefore;
    }

    public static SentenceView read(String doc, Sentence sentence, KnowledgeBase kb, MentionFinder finder,
                                    Discourse discourse) {
        List<Token> tokens = Tokenizer.tokenize(doc, sentence.start(), sentence.end());
        List<Person> recentBefore = discourse.people().recentFirst();
        List<Mention> mentions = new ArrayList<>(finder.find(doc, tokens, discourse.people()));
        List<CueMatch> cues = scanCues(tokens, kb);
        List<DateMention> dates = DateFinder.find(doc, sentence.start(), sentence.end());
        SentenceView view = new SentenceView(doc, sentence, tokens, mentions, cues, new ArrayList<>(), discourse, kb,
                recentBefore);
        view.resolveAnaphors();
        view.pluralProtocols();
        view.bareNationalBodies();
        view.namedInstitutions();
        view.definedShortNames();
        view.shortenedInstitutionNames();
        view.settleYears(dates);
        // offsets from year 0 when the text has set no year yet: a year written earlier in the sentence may anchor them
        view.monthsOfRelativeYears(DateFinder.findRelative(doc, sentence.start(), sentence.end(),
                discourse.year() == null ? 0 : discourse.year(),
                discourse.dateline() != null && discourse.dateline().year() != null ? discourse.dateline().year()
                        : discourse.year() == null ? 0 : discourse.year()));
        view.coveredYears();
        view.todayFromDateline();
        view.dayBesideTheDateline();
        view.weekdayFromDateline();
        view.entryHeadingDate(); // after the days told from the dateline: "25 July 2019" then "on Tuesday" is the 23rd
        view.lastDayOfTheVisit();
        view.nthDayOfTheVisit();
        view.followingDay();
        view.dayBeforeOrAfterEvent();
        view.daysApart();
        view.sameMonth();
        view.dates.sort(Comparator.comparingInt(DateMention::start));
        return view;
    }

    /**
     * The token of the word that governs a noun at {@code nounTok}, past the noun's modifiers and a "with appreciation"
     * or "with satisfaction" aside: "welcomes" in "welcomes the timely submission", "notes" in "notes with appreciation
     * the ratification". May be -1.
     */
    public int governorOf(int nounTok, Set<String> modifiers) {
        int k = nounTok - 1;
        while (k >= 0 && modifiers.contains(tokens.get(k).norm())) {
            k--;
        }
        if (tokenIs(k, "appreciation") || tokenIs(k, "satisfaction")) {
            k -= 2;
        }
        return k;
    }

    /** The most tokens between a briefing verb and its "on": "briefed the Norwegian delegation on". */
    private static final int MAX_BRIEFED = 5;

    /**
     * Whether the token is the "on"/"about" of a verb that reports an act as done to someone: "Switzerland briefed its
     * counterpart on the ratification ...", "informed the Committee about the submission of ...".
     */
    public boolean briefedOn(int k) {
        if (!(tokenIs(k, "on") || tokenIs(k, "about"))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - MAX_BRIEFED); j--) {
            if (kb.words("briefing-verbs").contains(token(j).norm())) {
                return true;
            }
            if (tokenIs(j, ",") || tokenIs(j, ";")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the token is a verb that records an act as done ("welcomed", "approved", "notes"; kb word list). */
    public boolean isRecordingVerb(int k) {
        return token(k) != null && kb.words("recording-verbs").contains(token(k).norm());
    }

    /**
     * Whether a status of plans ends right before the token: "scheduled for November", "initially planned for 2015":
     * the date something was scheduled for.
     */
    public boolean scheduledFor(int tok) {
        for (CueMatch c : cues(CueKind.STATUS)) {
            if ("PLANNED".equals(c.value(CueKind.STATUS)) && c.tokEnd() <= tok
                    && (tok - c.tokEnd() <= 1 || onlyWhereBetween(c.tokEnd(), tok))) {
                return true;
            }
        }
        return false;
    }

    /** The most tokens of "take place in Canberra on" between "scheduled to" and the date it was scheduled for. */
    private static final int SCHEDULED_PLACE_REACH = 7;
    private static final Set<String> TAKING_PLACE = Set.of("take", "place", "be", "held", "convened", "in", "on", "at");

    /** "scheduled to take place in Hanoi in", "due to be held in China in": only how and where, up to the date. */
    private boolean onlyWhereBetween(int from, int to) {
        if (to - from > SCHEDULED_PLACE_REACH || !(tokenIs(from, "take") || tokenIs(from, "be") || tokenIs(from, "held"))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = token(k);
            if (!TAKING_PLACE.contains(t.norm()) && !(t.isWord() && t.isCapitalised())) {
                return false;
            }
        }
        return true;
    }

    /** Words in brackets after a timeline entry's date that make it planned: "June 2019 (scheduled):". */
    public static final Set<String> ENTRY_STATUS_WORDS = Set.of("scheduled", "planned", "tbc", "tentative", "provisional",
            "expected", "proposed");

    /** Whether the token at {@code k} is the dash or colon after the date that opens a timeline's entry ("25 May - "). */
    public boolean isTimelineDash(int k) {
        // "26.08.1998 - ...", "25 July: ...", "5 July 1990 \u2014 ...", "2013\u20132016 \u2013 ..."
        if (!(tokenIs(k, "-") || tokenIs(k, ":") || tokenIs(k, "\u2014") || tokenIs(k, "\u2013"))) {
            return false;
        }
        List<DateMention> before = datesIn(0, k);
        int first = before.isEmpty() ? -1 : tokenAt(before.get(0).start());
        // also after a list's bullet: "- March 2008: ..."
        boolean opening = first == 0 || first == 1 && (tokenIs(0, "-") || tokenIs(0, "\u2022"));
        int last = before.isEmpty() ? -1 : tokenAt(before.get(before.size() - 1).end() - 1);
        // also "June 2019 (scheduled): Visit of ...", "Oct. 2019 (tbc) - ...": a status in brackets before the dash
        boolean bracketed = last == k - 4 && tokenIs(k - 3, "(") && tokenIs(k - 1, ")")
                && ENTRY_STATUS_WORDS.contains(token(k - 2).norm());
        return !before.isEmpty() && opening && (last == k - 1 || bracketed);
    }

    /** The dash or colon that ends the date opening a timeline's entry ("29 April-7 May - "), or -1. */
    public int timelineDash() {
        for (int k = 1; k < Math.min(tokens.size(), 12); k++) {
            if (isTimelineDash(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Adds "the same year", "the following year" as dates; a month written just before ("in July of the same year",
     * "in October of the following year") takes that year, and the two are one date.
     */
    private void monthsOfRelativeYears(List<DateMention> relative) {
        for (DateMention found : relative) {
            String phrase = doc.substring(found.start(), found.end()).toLowerCase(Locale.ROOT);
            // "... in November 2016 and ... earlier this year" in a release of 2017: the release's year, whatever the
            // sentence wrote before it
            boolean spoken = !phrase.startsWith("the ") && (phrase.endsWith("this year") || phrase.endsWith("last year")
                    || phrase.endsWith("next year")) && discourse.dateline() != null && discourse.dateline().year() != null;
            // "In January 2010 ..., and in July of the same year": the year written earlier in the sentence, not the
            // year the text had before it
            DateMention earlier = spoken ? null : dates.stream().filter(d -> d.end() <= found.start() && d.lastYear() != null
                    && doc.substring(d.start(), d.end()).matches(".*\\d{4}.*")).reduce((a, b) -> b).orElse(null);
            int current = discourse.year() == null ? 0 : discourse.year();
            Integer base = spoken ? Integer.valueOf(current) : earlier != null ? earlier.lastYear() : discourse.year();
            if (base == null) {
                continue; // "the following year" with no year to count from
            }
            DateMention year = new DateMention(found.start(), found.end(),
                    new PartialDate(base + found.from().year() - current, null, null), null, found.adverbial());
            DateMention month = dates.stream().filter(d -> d.to() == null && d.from().month() != null && d.end() <= year.start()
                    && doc.substring(d.end(), year.start()).strip().equals("of")).findFirst().orElse(null);
            if (month == null) {
                dates.add(year);
                continue;
            }
            dates.remove(month);
            dates.add(new DateMention(month.start(), year.end(), new PartialDate(year.from().year(),
                    month.from().month(), month.from().day()), null, month.adverbial()));
        }
    }

    private static final Pattern THESE_YEARS = Pattern.compile("\\b(?:[Tt]hese|[Tt]hose) (\\w+) years\\b");

    /**
     * "During these two years, China held consultations with ...": the years the report's title says it covers, when
     * their count is the one written.
     */
    private void coveredYears() {
        int[] covered = discourse.coveredYears();
        if (covered == null) {
            return;
        }
        Matcher m = THESE_YEARS.matcher(doc).region(sentence.start(), sentence.end());
        while (m.find()) {
            Integer count = kb.cardinal(m.group(1).toLowerCase(Locale.ROOT));
            if (count != null && count == covered[1] - covered[0] + 1) {
                dates.add(new DateMention(m.start(), m.end(), new PartialDate(covered[0], null, null),
                        new PartialDate(covered[1], null, null), true));
            }
        }
    }

    /** Whether the sentence names a day of its own, so that no day is told from the context ("today", "on Monday"). */
    private boolean writesADay() {
        return dates.stream().anyMatch(DateMention::namesADay);
    }

    /** Whether the token is written as the end of a span: "until 16 November", "till Monday". */
    public boolean afterUntil(int tok) {
        return tokenIs(tok - 1, "until") || tokenIs(tok - 1, "till");
    }

    /**
     * "20 January 2014 - Hanoi" then "The annual EU-Viet Nam Human Rights Dialogue was held in Hanoi ...": that day. Not
     * for a headline under a release's date line ("20.06.2022" then "Eleventh ... Dialogue held in Bern"): the
     * headline's event may be days older, and the body dates it.
     */
    private void entryHeadingDate() {
        PartialDate entry = discourse.entryDateFor(sentence.index());
        if (entry == null || sentence.heading() || tokens.isEmpty() || writesADay()) {
            return;
        }
        Token first = tokens.get(0);
        dates.add(new DateMention(first.start(), first.start(), entry, null, true));
    }

    /**
     * "The Working Group today concluded its visit" under a dateline "GENEVA (13 December 2019)" on a line of its own:
     * "today" is the dateline's date, where the sentence gives no full date of its own.
     */
    private void todayFromDateline() {
        PartialDate dateline = discourse.dateline();
        int today = findWord("today", 0, tokens.size());
        for (int k = 0; today < 0 && k + 1 < tokens.size(); k++) { // "opened this morning", "this afternoon closed"
            if (tokens.get(k).is("this") && (tokens.get(k + 1).is("morning") || tokens.get(k + 1).is("afternoon")
                    || tokens.get(k + 1).is("evening"))) {
                today = k;
            }
        }
        if (dateline != null && today >= 0) {
            discourse.todaySaidIn(sentence.index());
        }
        if (dateline == null || today < 0 || writesADay()) {
            return;
        }
        Token t = tokens.get(today);
        dates.add(new DateMention(t.start(), t.end(), dateline, null, true));
    }

    /**
     * "held the tenth round of their dialogue in Brussels yesterday", "the review will begin tomorrow": the day before
     * or after the dateline's, where the sentence gives no full date of its own.
     */
    private void dayBesideTheDateline() {
        PartialDate release = releaseDayOfTheSentence();
        if (release == null || dates.stream().anyMatch(d -> d.namesADay() && !opensAsDateline(d))) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            int shift = tokens.get(i).is("yesterday") ? -1 : tokens.get(i).is("tomorrow") ? 1 : 0;
            if (shift != 0) {
                LocalDate day = LocalDate.of(release.year(), release.month(), release.day()).plusDays(shift);
                dates.add(new DateMention(tokens.get(i).start(), tokens.get(i).end(), PartialDate.ofDay(day), null, true));
                return;
            }
        }
    }

    /**
     * A negation right before the verb, past "has"/"yet"/"able to": "has never submitted", "has not yet submitted",
     * "did not attend".
     */
    public boolean negatedBefore(CueMatch cue) {
        for (CueMatch c : cues(CueKind.NEGATION)) {
            int gap = cue.tokStart() - c.tokEnd();
            if (gap >= 0 && gap <= 2 && findWord(",", c.tokEnd(), cue.tokStart()) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person holds an office of the knowledge base, as the mention or the text's record of them has it. */
    public boolean holdsAnOffice(Mention person) {
        String affiliation = person.affiliation() != null ? person.affiliation()
                : discourse.people().recentFirst().stream().filter(p -> p.id().equals(person.id()))
                .map(p -> p.affiliation()).filter(a -> a != null).findFirst().orElse(null);
        return affiliation != null && kb.isOffice(affiliation);
    }

    /** Whether the sentence is an item of a bulleted list, its bullet left out of it. */
    public boolean bulleted() {
        // the splitter leaves a line's bullet out of its sentence: "- A (Australia), as Special Rapporteur on ...;"
        int k = sentence.start() - 1;
        while (k >= 0 && (doc.charAt(k) == ' ' || doc.charAt(k) == '\t')) {
            k--;
        }
        return k >= 0 && "-\u2022*\u2013".indexOf(doc.charAt(k)) >= 0 && (k == 0 || doc.charAt(k - 1) == '\n');
    }

    /**
     * Where an item's text starts after its marker at the start of the sentence ("(a)", "b)", "-", a bullet), else -1.
     */
    public int listItemStart() {
        int n = tokens.size();
        if (n >= 3 && tokenIs(0, "(") && tokenIs(2, ")") && token(1).text().length() <= 4) {
            return 3;
        }
        if (n >= 2 && tokenIs(1, ")") && token(0).text().length() <= 4) {
            return 2;
        }
        return n >= 1 && (tokenIs(0, "-") || tokenIs(0, "\u2022")) ? 1 : -1;
    }

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * "On Wednesday, the High Commissioner held talks with ..." in a release dated Friday 12 May 2017: the last such
     * weekday on or before the dateline's date, where the sentence gives no full date of its own.
     */
    private void weekdayFromDateline() {
        PartialDate release = releaseDayOfTheSentence();
        // (a day the sentence gives as an end does not date its start: "opened on Monday and continues until 16 November")
        if (release == null
                || dates.stream().anyMatch(d -> d.namesADay() && !opensAsDateline(d) && !afterUntil(tokenAt(d.start())))) {
            return;
        }
        for (int i = 1; i < tokens.size(); i++) {
            int weekday = WEEKDAYS.indexOf(tokens.get(i).norm());
            if (weekday < 0 || !tokens.get(i).isCapitalised() || !(tokenIs(i - 1, "on") || tokenIs(i - 1, "last"))) {
                continue;
            }
            LocalDate day = LocalDate.of(release.year(), release.month(), release.day());
            int second = i + 2 < tokens.size() && tokenIs(i + 1, "and") ? WEEKDAYS.indexOf(tokens.get(i + 2).norm()) : -1;
            if (second > weekday) { // "on Wednesday and Thursday": the two days, the second on or before the dateline
                LocalDate last = lastOnOrBefore(day, second);
                dates.add(new DateMention(tokens.get(i).start(), tokens.get(i + 2).end(),
                        PartialDate.ofDay(last.minusDays(second - weekday)), PartialDate.ofDay(last), true));
                return;
            }
            Token t = tokens.get(i);
            if (findWord("will", 0, i) >= 0 && !tokenIs(i - 1, "last")) {
                // "Bachelet will travel to Bishkek on Saturday": the first such day after the release's
                LocalDate next = firstAfter(day, weekday);
                // "... on Saturday for a visit to Kyrgyzstan that runs until Monday": to that day
                PartialDate to = null;
                for (int k = i + 1; k < tokens.size(); k++) {
                    int until = WEEKDAYS.indexOf(tokens.get(k).norm());
                    if (until >= 0 && tokenIs(k - 1, "until")) {
                        to = PartialDate.ofDay(firstAfter(next, until));
                        break;
                    }
                }
                dates.add(new DateMention(t.start(), t.end(), PartialDate.ofDay(next), to, true));
                return;
            }
            // "ended last Friday" in a release of a Friday: the week before, not the day itself
            LocalDate before = tokenIs(i - 1, "last") ? lastOnOrBefore(day.minusDays(1), weekday) : lastOnOrBefore(day, weekday);
            dates.add(new DateMention(t.start(), t.end(), PartialDate.ofDay(before), null, true));
            return;
        }
    }

    /**
     * "On the final day of her visit, the High Commissioner and the Minister of Justice signed ...": the last day of
     * the visit just reported, where it was reported with its days and the sentence gives no full date of its own.
     */
    private void lastDayOfTheVisit() {
        if (writesADay()) {
            return;
        }
        for (int i = 0; i + 4 < tokens.size(); i++) {
            if (!(tokenIs(i, "final") || tokenIs(i, "last") || tokenIs(i, "closing")) || !tokenIs(i + 1, "day")
                    || !tokenIs(i + 2, "of") || !(tokenIs(i + 4, "visit") || tokenIs(i + 4, "mission"))) {
                continue;
            }
            EventRecord visit = discourse.lastEvent("VISIT");
            String span = visit == null ? null : visit.fact().date();
            if (span == null || !span.contains("/") || span.length() != 21) {
                return;
            }
            dates.add(new DateMention(tokens.get(i).start(), tokens.get(i + 4).end(),
                    PartialDate.ofDay(LocalDate.parse(span.substring(11))), null, true));
            return;
        }
    }

    /** The most words between "During her" and "visit": "During her ten-day official visit, from 12 to 21 September". */
    private static final int STAY_MODIFIER_TOKENS = 5;

    /** "During her stay, from September 5 to 14, ...", "During her ten-day visit, from 12 to 21 September, ...". */
    public boolean opensWithDuringTheStay() {
        if (!tokenIs(0, "during") || !theOrPossessive(1)) {
            return false;
        }
        for (int k = 2; k <= 2 + STAY_MODIFIER_TOKENS && k + 2 < tokens.size(); k++) {
            if (tokenIs(k, "stay") || tokenIs(k, "visit") || tokenIs(k, "mission")) {
                return tokenIs(k + 1, ",") && tokenIs(k + 2, "from");
            }
        }
        return false;
    }

    /** The most tokens from a sentence's start to the end day it gives the session before it ("Over two weeks, until"). */
    private static final int SESSION_END_OPENING = 8;

    /** The last day of a session a sentence gives, and whether it says "session" (else it opens with that day). */
    public record SessionEnd(DateMention day, boolean namesTheSession) {
    }

    /**
     * "The session, which runs until Oct. 28, will review ...", "The Committee adopted its programme of work for the
     * session, which will run until 5 April", "Over two weeks, until 14 June, the experts will examine ...": the last
     * day of a session opened before; null where the sentence gives none. Only a sentence that speaks of "the session",
     * or opens with the day, is read so.
     */
    public SessionEnd sessionEndTold() {
        boolean namesTheSession = findWord("session", 0, tokens.size()) >= 0;
        for (DateMention d : dates()) {
            int t = tokenAt(d.start());
            boolean ends = afterUntil(t) || tokenIs(t - 1, "on") && (tokenIs(t - 2, "conclude") || tokenIs(t - 2, "concludes")
                    || tokenIs(t - 2, "close") || tokenIs(t - 2, "closes") || tokenIs(t - 2, "end") || tokenIs(t - 2, "ends"));
            if (d.isDay() && ends && (namesTheSession || t <= SESSION_END_OPENING)) {
                return new SessionEnd(d, namesTheSession);
            }
        }
        return null;
    }

    /** "the", "her", "his", "their", "its" at token {@code k}: what opens "the|her stay", "its first day". */
    private boolean theOrPossessive(int k) {
        return tokenIs(k, "the") || tokenIs(k, "her") || tokenIs(k, "his") || tokenIs(k, "their") || tokenIs(k, "its");
    }

    private static final List<String> NTH_DAYS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");

    /**
     * "On her first day in Tashkent, Bachelet held talks with ...", "on the second day of the mission": that day of the
     * visit the text reported last, where its days are known and the sentence gives no full date of its own.
     */
    private void nthDayOfTheVisit() {
        if (writesADay()) {
            return;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            int nth = NTH_DAYS.indexOf(tokens.get(i).norm());
            if (nth < 0 || !tokenIs(i + 1, "day") || !theOrPossessive(i - 1)) {
                continue;
            }
            boolean ofVisit = tokenIs(i + 2, "of") && (tokenIs(i + 4, "visit") || tokenIs(i + 4, "mission")
                    || tokenIs(i + 5, "visit") || tokenIs(i + 5, "mission"));
            // "On the first day Mr Chen was received by ...": bare, the day of the event just reported with its days
            boolean bare = tokenIs(i - 1, "the") && !tokenIs(i + 2, "of");
            if (tokenIs(i - 1, "the") && !ofVisit && !bare) {
                continue; // "the first day of the session": not a visit's
            }
            String span = null; // the last visit reported with its days (not an earlier one the lead recalls by its month)
            for (int k = discourse.events().size() - 1; k >= 0 && span == null; k--) {
                EventRecord e = discourse.events().get(k);
                String d = e.fact().date();
                if ((e.kind().equals("VISIT") || bare && !ofVisit) && e.fact().status() == null && d != null
                        && d.length() == 21 && d.contains("/")) {
                    span = d;
                }
            }
            if (span == null) {
                return;
            }
            LocalDate day = LocalDate.parse(span.substring(0, 10)).plusDays(nth);
            if (day.isAfter(LocalDate.parse(span.substring(11)))) {
                return;
            }
            dates.add(new DateMention(tokens.get(i).start(), tokens.get(i + 1).end(), PartialDate.ofDay(day), null, true));
            return;
        }
    }

    /**
     * "ULAANBAATAR (14 June 2023) - ..., on Wednesday wrapped up a four-day visit": the day of a weekday written at
     * token {@code i} after "on", the last such day on or before the release's day; null when it is none.
     */
    public String weekdayDay(int i, String releaseDay) {
        Token t = token(i);
        int weekday = t == null ? -1 : WEEKDAYS.indexOf(t.norm());
        if (weekday < 0 || !t.isCapitalised() || !tokenIs(i - 1, "on") || releaseDay == null || releaseDay.length() != 10) {
            return null;
        }
        return lastOnOrBefore(LocalDate.parse(releaseDay), weekday).toString();
    }

    /** The first day after {@code day} that falls on the weekday (0 for Monday, as {@link #WEEKDAYS}). */
    private static LocalDate firstAfter(LocalDate day, int weekday) {
        LocalDate d = day.plusDays(1);
        while (d.getDayOfWeek().getValue() - 1 != weekday) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last day on or before {@code day} that falls on the weekday (0 for Monday, as {@link #WEEKDAYS}). */
    private static LocalDate lastOnOrBefore(LocalDate day, int weekday) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() - 1 != weekday) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * "On 7 May, the Committee met NGOs; two days later, it met ...", "Two days after the signing, she was received",
     * "a week later": so many days after (or before) the last full date, written earlier in the sentence or before it.
     */
    private void daysApart() {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Integer count = tokenIs(i, "a") ? Integer.valueOf(1) : tokens.get(i).isNumber()
                    ? Integer.valueOf(tokens.get(i).text().length() <= 2 ? Integer.parseInt(tokens.get(i).text()) : -1)
                    : kb.cardinal(tokens.get(i).norm());
            String unit = tokens.get(i + 1).norm();
            int days = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 0;
            String direction = tokens.get(i + 2).norm();
            int sign = direction.equals("later") || direction.equals("after") ? 1
                    : direction.equals("earlier") || direction.equals("before") ? -1 : 0;
            if (count == null || count < 1 || days == 0 || sign == 0) {
                continue;
            }
            int at = tokens.get(i).start();
            PartialDate last = dates.stream().filter(d -> d.end() <= at && d.namesADay())
                    .reduce((a, b) -> b).map(d -> d.to() != null ? d.to() : d.from()).orElse(discourse.lastDay());
            String base = last == null ? null : last.iso();
            // "Two days after the signing": counted from the agreement the text reported, not from the last date
            EventRecord signed = tokenIs(i + 3, "the") && tokenIs(i + 4, "signing") ? discourse.lastEvent("AGREEMENT") : null;
            if (signed != null && signed.fact().date() != null && signed.fact().date().length() == 10) {
                base = signed.fact().date();
            }
            if (base == null || base.length() != 10) {
                return;
            }
            LocalDate day = LocalDate.parse(base).plusDays((long) sign * count * days);
            dates.add(new DateMention(at, tokens.get(i + 2).end(),
                    PartialDate.ofDay(day), null, true));
            return;
        }
    }

    /**
     * "Sri Lanka signs the Convention on 10 December 2015. In the same month, the Government extends ...": the month
     * (and year) of the last date the text gave with a month, where the sentence gives no month of its own.
     */
    private void sameMonth() {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean following = tokenIs(i, "the") && (tokenIs(i + 1, "following") || tokenIs(i + 1, "next"))
                    && tokenIs(i + 2, "month");
            if (following && discourse.lastMonth() != null) {
                // "The following month, the Philippines deposited ...": the month after the last one the text gave
                LocalDate next = LocalDate.of(discourse.lastMonth().year(), discourse.lastMonth().month(), 1).plusMonths(1);
                dates.add(new DateMention(tokens.get(i).start(), tokens.get(i + 2).end(),
                        new PartialDate(next.getYear(), next.getMonthValue(), null), null, true));
                return;
            }
            PartialDate now = discourse.dateline();
            boolean spoken = (tokenIs(i + 1, "last") || tokenIs(i + 1, "next") || tokenIs(i + 1, "this"))
                    && tokenIs(i + 2, "month") && !tokenIs(i, "the") && !tokenIs(i + 3, "of");
            if (spoken && now != null && now.year() != null && now.month() != null) {
                // "Last month we extended an invitation ...", "... will visit next month": counted from the dateline
                LocalDate base = LocalDate.of(now.year(), now.month(), 1)
                        .plusMonths(tokenIs(i + 1, "last") ? -1 : tokenIs(i + 1, "next") ? 1 : 0);
                dates.add(new DateMention(tokens.get(i + 1).start(), tokens.get(i + 2).end(),
                        new PartialDate(base.getYear(), base.getMonthValue(), null), null, true));
                return;
            }
            boolean thatMonth = (tokenIs(i, "earlier") || tokenIs(i, "later")) && tokenIs(i + 1, "that")
                    && tokenIs(i + 2, "month");
            if (thatMonth && discourse.lastMonth() != null && dates.stream().noneMatch(d -> d.iso() != null && d.iso().length() >= 7)) {
                // "Earlier that month, senior officials of Thailand and the European Union held ...": the month told last
                dates.add(new DateMention(tokens.get(i).start(), tokens.get(i + 2).end(), discourse.lastMonth(), null, true));
                return;
            }
            if (tokenIs(i, "the") && tokenIs(i + 1, "same") && tokenIs(i + 2, "month")) {
                // "On 14 March 2019, ... ratified ..., and in the same month Ethiopia acceded to ...": a month written
                // earlier in the sentence, else the last one the text gave
                int at = tokens.get(i).start();
                PartialDate month = dates.stream().filter(d -> d.end() <= at && d.iso() != null && d.iso().length() >= 7)
                        .reduce((a, b) -> b).map(d -> d.to() != null ? d.to() : d.from())
                        .map(d -> new PartialDate(d.year(), d.month(), null)).orElse(discourse.lastMonth());
                if (month != null) {
                    dates.add(new DateMention(at, tokens.get(i + 2).end(), month, null, true));
                }
                return;
            }
        }
    }

    /**
     * "On 14 May, ... . The following day, the two delegations co-hosted a round table": the day after the last full
     * date the text gave, where the sentence gives no full date of its own.
     */
    /** How far after "the same day" a date may still be the day it names. */
    private static final int NEAR_TOKENS = 3;

    /**
     * "The day after the Dialogue, Ms Hallum called on ...", "On the eve of the seminar, ...": a day counted from the
     * event the anaphor refers to (its last day after it, its first before it).
     */
    private void dayBeforeOrAfterEvent() {
        for (CueMatch c : cues) {
            String kind = c.value(CueKind.EVENT_ANAPHOR);
            int k = c.tokStart();
            boolean after = tokenIs(k - 1, "after") && tokenIs(k - 2, "day") && tokenIs(k - 3, "the");
            boolean before = tokenIs(k - 1, "before") && tokenIs(k - 2, "day") && tokenIs(k - 3, "the")
                    || tokenIs(k - 1, "of") && tokenIs(k - 2, "eve") && tokenIs(k - 3, "the");
            if (kind == null || !after && !before || writesADay()) {
                continue;
            }
            EventRecord event = eventReferredTo(c.tokStart(), c.tokEnd());
            String span = event == null ? null : event.fact().date();
            String day = span == null ? null : after ? io.rapporteur.extractor.date.IsoDates.end(span)
                    : io.rapporteur.extractor.date.IsoDates.start(span);
            if (day == null || day.length() != 10) {
                continue;
            }
            LocalDate d = LocalDate.parse(day).plusDays(after ? 1 : -1);
            dates.add(new DateMention(tokens.get(k - 3).start(), c.end(),
                    PartialDate.ofDay(d), null, true));
            return;
        }
    }

    private void followingDay() {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            // also "At the same meeting, the Committee elected ...": the meeting the sentence before dated
            boolean sameMeeting = tokenIs(i, "the") && tokenIs(i + 1, "same")
                    && (tokenIs(i + 2, "meeting") || tokenIs(i + 2, "sitting") || tokenIs(i + 2, "date"));
            // also "That same afternoon, she and Mr. Kefi signed ...", "Later that evening ...": a part of that day
            boolean partOfDay = (tokenIs(i + 2, "afternoon") || tokenIs(i + 2, "morning") || tokenIs(i + 2, "evening"))
                    && (tokenIs(i, "that") || tokenIs(i, "the")) && tokenIs(i + 1, "same")
                    || (tokenIs(i + 2, "afternoon") || tokenIs(i + 2, "evening")) && tokenIs(i, "later") && tokenIs(i + 1, "that");
            // "Later in the day, on the sidelines of the session, Minister Retno met with ..."
            partOfDay |= tokenIs(i, "in") && tokenIs(i + 1, "the") && tokenIs(i + 2, "day")
                    && (tokenIs(i - 1, "later") || tokenIs(i - 1, "earlier"));
            sameMeeting |= partOfDay;
            if (!tokenIs(i + 2, "day") && !sameMeeting) {
                continue;
            }
            // "On 7 February 2016 he called on ..., and on the following day he held talks with ...": the day after
            // the one this sentence named before it, else after the one the text named last
            final int at = tokens.get(i).start();
            DateMention before = dates.stream().filter(d -> d.end() <= at && d.to() == null && d.from().day() != null
                    && d.from().year() != null).reduce((a, b) -> b).orElse(null);
            // a day the sentence before looked back to, in a section that has given no day of its own ("B. Positive
            // aspects. 4. ... ratified the Convention on 29 June 2011. 5. ... on the same day, it acceded to ...")
            PartialDate adjacent = discourse.lastDayInSection() ? null : discourse.dayWrittenIn(sentence().index() - 1);
            PartialDate last = before != null ? before.from() : adjacent != null ? adjacent : discourse.lastDay();
            // not where the sentence gives the day itself ("on the same day, 12 May,"); a day of another clause
            // later on ("..., and that it had acceded to ... a few days earlier, on 24 June 2011") is no such one
            int near = i + 3 + NEAR_TOKENS < tokens.size() ? tokens.get(i + 3 + NEAR_TOKENS).end() : Integer.MAX_VALUE;
            if (before == null && (last == null || dates.stream().anyMatch(d -> d.namesADay() && d.start() < near))) {
                continue;
            }
            boolean following = tokenIs(i, "the") && (tokenIs(i + 1, "following") || tokenIs(i + 1, "next"))
                    && tokenIs(i + 2, "day");
            if (following) {
                LocalDate next = LocalDate.of(last.year(), last.month(), last.day()).plusDays(1);
                dates.add(new DateMention(tokens.get(i).start(), tokens.get(i + 2).end(),
                        PartialDate.ofDay(next), null, true));
                return;
            }
            // "On the same day, she met ...", "Later that day she opened ...": the day the text last named
            boolean same = (tokenIs(i, "the") && tokenIs(i + 1, "same") || tokenIs(i + 1, "that")
                    && (tokenIs(i, "later") || tokenIs(i, "on") || tokenIs(i, "earlier"))) && tokenIs(i + 2, "day")
                    || sameMeeting;
            if (same) {
                dates.add(new DateMention(tokens.get(i).start(), tokens.get(i + 2).end(), last, null, true));
                return;
            }
        }
    }

    /**
     * "the Thirteenth National Assembly adopted resolutions ratifying ...", "the Ministry of Foreign Affairs organized":
     * a kind of body every state has, named without its state, is the body of the state the text is about.
     */
    private void bareNationalBodies() {
        String state = discourse.mainState();
        if (state == null) {
            return;
        }
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).is("the")) {
                continue;
            }
            int at = i + 1;
            if (kb.ordinal(tokens.get(at).norm()) != null && tokens.get(at).isCapitalised()
                    || tokens.get(at).norm().matches("\\d{1,2}(st|nd|rd|th)")) {
                at++; // "the Thirteenth National Assembly", "the 13th National Assembly"
            }
            PhraseTrie.Match<EntityEntry> m = at < tokens.size() ? kb.entities().longestAt(tokens, at) : null;
            if (m == null || m.value().kind() != EntityKind.BODY_NAME || !tokens.get(at).isCapitalised()
                    || overlapsMention(i, m.end())) {
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(m.end() - 1);
            added.add(new Mention(MentionKind.NATIONAL_BODY, "org:" + state + "-" + m.value().id(), i, m.end(),
                    first.start(), last.end(), doc.substring(first.start(), last.end()), state, null, true));
            i = m.end() - 1;
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(Comparator.comparingInt(Mention::tokStart));
        }
    }

    public static final Set<String> INSTITUTION_HEADS = Set.of("commission", "committee", "council", "centre", "center",
            "department", "ministry", "office", "ombudsman", "ombudsperson", "institute", "agency", "directorate",
            "secretariat", "parliament", "assembly", "commissioner", "authority", "bureau", "mechanism", "board",
            "service", "association");
    /** Last words of a law's name, not an institution's: "the Human Rights Commission Act". */
    private static final Set<String> LAW_NAMES = Set.of("act", "law", "code", "decree", "statute", "ordinance", "bill");
    private static final Set<String> NAME_JOINTS = Set.of("of", "for", "and", "on", "the", "'", "s", "-");

    /** The comma of "the Ministry of Labour, Invalids and Social Affairs (MOLISA)": after "of" and one capitalised word. */
    private boolean commaInAMinistrysName(int k) {
        return k >= 2 && tokens.get(k).is(",") && tokens.get(k - 1).isWord() && tokens.get(k - 1).isCapitalised()
                && tokens.get(k - 2).is("of");
    }

    /**
     * "The African Commission on Human and Peoples' Rights (the Commission) held ...": the short name the text defines
     * for a body it names, which its "the Commission" means from then on, whatever other commission it names later.
     */
    private void definedShortNames() {
        for (int open = 1; open + 3 < tokens.size(); open++) {
            if (!tokens.get(open).is("(") || !tokens.get(open + 1).is("the") || !tokens.get(open + 3).is(")")
                    || !tokens.get(open + 2).isCapitalised()) {
                continue;
            }
            final int at = open;
            mentions.stream().filter(m -> m.tokEnd() == at && m.kind() == MentionKind.ORG && m.id() != null && !m.inferred())
                    .findFirst().ifPresent(m -> discourse.shortName(tokens.get(at + 2).text(), m.id()));
        }
    }

    /**
     * "the Ethiopian Human Rights Commission (EHRC)", "the Office on Missing Persons (OMP)": a national institution the
     * knowledge base does not hold, named with its acronym, is org:STATE-ACRONYM (its state named in the name, else the
     * state the text is about), and so is the acronym alone later ("the EHRC and UNDP jointly organized ...").
     */
    private void namedInstitutions() {
        List<Mention> added = new ArrayList<>();
        for (int close = 3; close < tokens.size(); close++) {
            if (!tokens.get(close).is(")")) {
                continue;
            }
            Token acronym = tokens.get(close - 1);
            if (!tokens.get(close).is(")") || !tokens.get(close - 2).is("(") || !isAcronym(acronym.text())) {
                continue;
            }
            int open = close - 2;
            int start = open;
            boolean head = false;
            while (start - 1 >= 0 && (tokens.get(start - 1).isWord() && tokens.get(start - 1).isCapitalised()
                    || NAME_JOINTS.contains(tokens.get(start - 1).norm()) && start - 2 >= 0
                    && tokens.get(start - 2).isWord() && tokens.get(start - 2).isCapitalised()
                    || commaInAMinistrysName(start - 1))) {
                start--;
                head |= INSTITUTION_HEADS.contains(tokens.get(start).norm());
            }
            if (!head || open - start < 2) {
                continue;
            }
            final int from = start;
            // the knowledge base's own body named whole ("the United Nations Development Programme (UNDP)"), not one
            // inside a longer national name ("the Cambodian Human Rights Committee (CHRC)")
            Mention known = mentions.stream().filter(m -> m.tokStart() <= from && m.tokEnd() >= open
                    && m.kind() != MentionKind.STATE && m.kind() != MentionKind.CITY).findFirst().orElse(null);
            if (known != null) {
                // the knowledge base's own body ("the United Nations Development Programme (UNDP)"); an acronym it
                // does not list stands for it from here on ("The Regional Office for Central Asia (ROCA)", "ROCA and
                // UNDP convened ...")
                if (known.kind() == MentionKind.ORG && known.id() != null) {
                    discourse.institution(acronym.text(), known.id());
                }
                continue;
            }
            // (the state's mention may take in the brackets: "of Malaysia (SUHAKAM)")
            // (its mention may take in the article: "the Uganda Human Rights Commission (UHRC)")
            Mention state = mentions.stream().filter(m -> m.tokEnd() > from && m.tokStart() < open
                    && m.kind() == MentionKind.STATE && m.id() != null).findFirst().orElse(null);
            String country = state != null ? state.id() : demonymIn(from, open);
            country = country != null ? country : discourse.mainState();
            if (country == null) {
                continue;
            }
            String id = "org:" + country + "-" + acronym.text().toUpperCase(Locale.ROOT);
            int spanStart = start > 0 && tokens.get(start - 1).is("the") ? start - 1 : start;
            final int end = close + 1;
            mentions.removeIf(m -> m.tokStart() >= spanStart && m.tokEnd() <= end);
            added.add(new Mention(MentionKind.NATIONAL_BODY, id, spanStart, close + 1, tokens.get(spanStart).start(),
                    tokens.get(close).end(), doc.substring(tokens.get(spanStart).start(), tokens.get(close).end()),
                    country, null, false));
            discourse.institution(acronym.text(), id);
        }
        // "the National Centre for Human Rights", "the Rights and Liberties Protection Department": a national
        // institution named without an acronym takes its initials, as annotators write them (org:UZB-NCHR)
        for (int i = 0; i + 2 < tokens.size(); i++) {
            // also a heading's "NATIONAL HUMAN RIGHTS COMMITTEE - STATE OF QATAR", with no article
            // (or "KENYA NATIONAL COMMISSION ON HUMAN RIGHTS": its state first)
            // and a report's title line, "HUMAN RIGHTS COMMISSION - ZAMBIA": the institution whose report it is
            boolean titleLine = sentence.index() == 0 && sentence.heading() && !tokens.get(0).is("the");
            boolean headingName = i == 0 && (titleLine || kb.words("national-institution-openers").contains(tokens.get(0).norm())
                    || tokens.size() > 2 && kb.words("national-institution-openers").contains(tokens.get(1).norm())
                    && mentions.stream().anyMatch(m -> m.kind() == MentionKind.STATE && m.tokStart() == 0 && m.tokEnd() == 1));
            int first = headingName ? 0 : i + 1;
            final int firstTok = first;
            // (a state may open the name: "the Kenya National Commission on Human Rights")
            Mention openingState = mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.tokStart() <= firstTok
                    && m.tokEnd() > firstTok).findFirst().orElse(null);
            // (also "the Malawi Human Rights Commission": a state's name, then the institution's)
            boolean stateFirst = openingState != null && openingState.tokEnd() < tokens.size()
                    && tokens.get(openingState.tokEnd()).isWord() && tokens.get(openingState.tokEnd()).isCapitalised();
            // (or a body of the knowledge base opens a longer name: "the Commission on Human Rights of the
            // Philippines", "the Commission on Human Rights and Administrative Justice")
            boolean bodyFirst = mentions.stream().anyMatch(m -> nameStart(m) == firstTok && longerNameOver(m));
            if (first == i + 1 && !tokens.get(i).is("the") || !tokens.get(first).isWord()
                    || !tokens.get(first).isCapitalised() || overlapsMention(first, first + 1) && !stateFirst && !bodyFirst) {
                continue;
            }
            int end = first;
            StringBuilder initials = new StringBuilder();
            boolean head = false;
            int words = 0;
            while (end < tokens.size() && (tokens.get(end).isWord() && tokens.get(end).isCapitalised()
                    || (tokens.get(end).is("of") || tokens.get(end).is("for")) && capitalisedAfter(end + 1)
                    || (tokens.get(end).is("and") || tokens.get(end).is("on")) && end + 1 < tokens.size()
                    && tokens.get(end + 1).isWord() && tokens.get(end + 1).isCapitalised()
                    && !nameStartsAt(end + 1) // not "... of Justice and UNICEF": two names (but "the National
                    // Commission on Human Rights" runs on through the international body's name inside it)
                    || tokens.get(end).is("the") && end > first && (tokens.get(end - 1).is("of") || tokens.get(end - 1).is("for"))
                    && capitalisedAfter(end + 1))) { // "the National Council for the Administration of Justice"
                Token t = tokens.get(end);
                if (t.isCapitalised() && !NAME_JOINTS.contains(t.norm())) { // not the "ON" of "COMMISSION ON HUMAN RIGHTS"
                    initials.append(t.text().charAt(0));
                    words++;
                    head |= INSTITUTION_HEADS.contains(t.norm());
                }
                end++;
            }
            final int from = first;
            final int to = end;
            // not an office's body ("the Chairperson of the Supreme Court"), nor a run the knowledge base reads in
            // part (a title, a person, a body): only names it knows nothing of, three words or more
            boolean law = LAW_NAMES.contains(tokens.get(to - 1).norm()); // "the Human Rights Commission Act"
            if (!head || law || words < 3 || words > 7 || to < tokens.size() && tokens.get(to).is("(")
                    || i > 0 && tokens.get(i - 1).is("of") && !(i > 1 && PEOPLE_OF_A_BODY.contains(tokens.get(i - 2).norm()))
                    || to + 1 < tokens.size() && tokens.get(to).is(",") && mentions.stream().anyMatch(m ->
                    m.tokStart() == to + 1 && m.kind() == MentionKind.PERSON) // "the Commissioner for ..., A B"
                    || added.stream().anyMatch(m -> m.tokStart() < to && m.tokEnd() > from)
                    || mentions.stream().anyMatch(m -> m.tokStart() < to && m.tokEnd() > from
                    && m.kind() != MentionKind.STATE && !nationalInstitutionAround(m, from, to)
                    && !(nameStart(m) == from && longerNameOver(m))
                    && (m.kind() != MentionKind.TITLE || m.tokStart() <= from
                    || m.tokEnd() >= to && !tokens.get(m.tokStart() - 1).is("of")))) {
                i = Math.max(i, end - 1); // a title inside is a word of the name ("... of Justice"), not first
                continue;
            }
            if (gazetteerReads(from, to) && !bodyFirst && mentions.stream().noneMatch(m -> nationalInstitutionAround(m, from, to))) {
                i = to - 1;
                continue; // an office or body the knowledge base names, read away by another pass ("the UN High
            }             // Commissioner for Human Rights, Jose Ayala Lasso")
            Mention state = mentions.stream().filter(m -> m.tokEnd() > from && m.tokEnd() <= to
                    && m.kind() == MentionKind.STATE && m.id() != null).findFirst().orElse(null);
            String country = state != null ? state.id() : demonymIn(from, to);
            country = country != null ? country : discourse.mainState();
            if (country == null && first == 0) { // the heading's "- STATE OF QATAR"
                country = mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.id() != null)
                        .map(Mention::id).findFirst().orElse(null);
            }
            if (country == null) {
                continue;
            }
            String letters = initials.toString();
            if (state != null && state.tokEnd() == to && tokens.get(state.tokStart() - 1).is("of")) {
                // "the National Human Rights Commission of Nepal": NHRC, its state apart
                int stateWords = (int) tokens.subList(state.tokStart(), state.tokEnd()).stream()
                        .filter(t -> t.isWord() && t.isCapitalised() && !NAME_JOINTS.contains(t.norm())).count();
                letters = letters.substring(0, Math.max(0, letters.length() - stateWords));
            }
            if (letters.length() < 2) {
                continue;
            }
            String id = "org:" + country + "-" + letters.toUpperCase(Locale.ROOT);
            String listed = state == null ? kb.listedInstitution(country, doc.substring(tokens.get(from).start(),
                    tokens.get(to - 1).end())) : null;
            id = listed != null ? listed : id;
            final int spanStart = Math.min(i, first);
            mentions.removeIf(m -> m.tokStart() >= spanStart && m.tokEnd() <= to);
            added.add(new Mention(MentionKind.NATIONAL_BODY, id, spanStart, to, tokens.get(spanStart).start(),
                    tokens.get(to - 1).end(), doc.substring(tokens.get(spanStart).start(), tokens.get(to - 1).end()),
                    country, null, false));
            i = to - 1;
        }
        // "Jordan's National Centre for Human Rights": a state's own institution written with its possessive
        for (Mention state : List.copyOf(mentions)) {
            int s0 = state.tokEnd() + 2;
            if (state.kind() != MentionKind.STATE || state.id() == null || !possessive(state)
                    || !tokenIs(state.tokEnd() + 1, "s") || s0 >= tokens.size() || !capitalisedAt(s0) || overlapsMention(s0, s0 + 1)) {
                continue;
            }
            int end = s0;
            StringBuilder initials = new StringBuilder();
            boolean head = false;
            while (end < tokens.size() && (tokens.get(end).isWord() && tokens.get(end).isCapitalised()
                    || (tokenIs(end, "of") || tokenIs(end, "for") || tokenIs(end, "on") || tokenIs(end, "and"))
                    && capitalisedAt(end + 1) && !nameStartsAt(end + 1))) {
                Token t = tokens.get(end);
                if (t.isCapitalised() && !NAME_JOINTS.contains(t.norm())) {
                    initials.append(t.text().charAt(0));
                    head |= INSTITUTION_HEADS.contains(t.norm());
                }
                end++;
            }
            final int from = s0;
            final int to = end;
            if (!head || initials.length() < 2 || added.stream().anyMatch(m -> m.tokStart() < to && m.tokEnd() > from)
                    || mentions.stream().anyMatch(m -> m.tokStart() < to && m.tokEnd() > from && m.kind() != MentionKind.STATE
                    && !(m.kind() == MentionKind.ORG && (nationalInstitutionAround(m, from, to) || nameStart(m) == from && longerNameOver(m))))) {
                continue;
            }
            String id = "org:" + state.id() + "-" + initials.toString().toUpperCase(Locale.ROOT);
            mentions.removeIf(m -> m.tokStart() >= from && m.tokEnd() <= to);
            added.add(new Mention(MentionKind.NATIONAL_BODY, id, state.tokStart(), to, tokens.get(state.tokStart()).start(),
                    tokens.get(to - 1).end(), doc.substring(tokens.get(state.tokStart()).start(), tokens.get(to - 1).end()),
                    state.id(), null, false));
            mentions.remove(state);
        }
        // "the EHRC": an acronym the text introduced before
        for (int i = 0; discourse.hasInstitutions() && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String id = isAcronym(t.text()) ? discourse.institution(t.text()) : null;
            final int at = i;
            if (id == null || overlapsMention(i, i + 1) || added.stream().anyMatch(m -> m.tokStart() <= at && m.tokEnd() > at)) {
                continue;
            }
            int spanStart = i > 0 && tokens.get(i - 1).is("the") ? i - 1 : i;
            String country = national(id);
            added.add(new Mention(country != null ? MentionKind.NATIONAL_BODY : MentionKind.ORG, id, spanStart, i + 1,
                    tokens.get(spanStart).start(), t.end(), doc.substring(tokens.get(spanStart).start(), t.end()), country,
                    null, false));
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(Comparator.comparingInt(Mention::tokStart));
        }
    }

    /**
     * Whether a body of the knowledge base named in capitals runs on into a longer name: "Commission on Human Rights"
     * then "of the Philippines" or "and Administrative Justice" (a state's own institution), not an office.
     */
    private boolean longerNameOver(Mention m) {
        if (m.kind() != MentionKind.ORG || m.id() == null || m.inferred() || kb.isOffice(m.id())
                || !INSTITUTION_HEADS.contains(tokens.get(nameStart(m)).norm())) {
            return false;
        }
        int after = m.tokEnd();
        if (tokenIs(after, "and")) {
            return capitalisedAt(after + 1) && !nameStartsAt(after + 1);
        }
        int state = tokenIs(after, "of") ? (tokenIs(after + 1, "the") ? after + 2 : after + 1) : -1;
        return state > 0 && mentions.stream().anyMatch(s -> s.kind() == MentionKind.STATE && s.id() != null
                && s.tokStart() <= state && s.tokEnd() > state);
    }

    /**
     * "the delegation" standing alone (not "the delegation of ...", nor a named side's "the Chinese delegation") where
     * the text last reported a visit by a body or a state: that visitor. Null otherwise.
     */
    private Mention visitingDelegation(CueMatch cue) {
        if (tokenIs(cue.tokEnd(), "of") || tokenIs(cue.tokEnd(), "from") || tokenIs(cue.tokEnd(), "to")
                || mentions.stream().anyMatch(m -> m.tokEnd() == cue.tokStart() + 1 && m.tokStart() > cue.tokStart())) {
            return null;
        }
        EventRecord visit = discourse.lastEvent("VISIT");
        EntityRef visitor = visit == null || visit.fact().status() != null ? null : visit.fact().entity("visitor");
        if (visitor == null || visitor.id() == null || visitor.id().startsWith("person:")) {
            return null;
        }
        boolean state = !visitor.id().startsWith("org:");
        return anaphor(cue, state ? MentionKind.STATE : MentionKind.ORG, visitor.id(), state ? visitor.id() : null);
    }

    /** Where a mention's name begins, after its article. */
    private int nameStart(Mention m) {
        return tokenIs(m.tokStart(), "the") && m.tokEnd() > m.tokStart() + 1 ? m.tokStart() + 1 : m.tokStart();
    }

    /** Whether a mention other than a state's begins at {@code tok} (one that began before it is the same name). */
    private boolean nameStartsAt(int tok) {
        return mentions.stream().anyMatch(m -> m.tokStart() <= tok && m.tokEnd() > tok
                && (m.tokStart() == tok || m.kind() == MentionKind.STATE));
    }

    /** Who stands for a body, not an office in it: "members of the Zimbabwe Human Rights Commission". */
    private static final Set<String> PEOPLE_OF_A_BODY = Set.of("members", "officials", "representatives", "staff",
            "delegation", "delegations", "commissioners");

    /**
     * "the National Human Rights Committee", "the Independent National Human Rights Commission": a state's own
     * institution whose name ends in an international body's (the Human Rights Committee), which only opening words of
     * the domestic-name kind ("National", "Independent") come before.
     */
    private boolean nationalInstitutionAround(Mention inner, int from, int to) {
        if (inner.kind() != MentionKind.ORG || inner.tokStart() <= from || inner.tokEnd() != to) {
            return false;
        }
        boolean opener = false;
        for (int k = from; k < inner.tokStart(); k++) {
            final int at = k;
            boolean state = mentions.stream().anyMatch(m -> m.kind() == MentionKind.STATE && m.tokStart() <= at && at < m.tokEnd())
                    || demonymIn(at, at + 1) != null; // "the Indonesian National Commission on Human Rights"
            boolean word = kb.words("national-institution-openers").contains(tokens.get(k).norm());
            if (!word && !state) {
                return false; // "the Kenya National Commission on Human Rights": its state may come first
            }
            opener |= word;
        }
        return opener;
    }

    /**
     * "the National Centre" after "the National Centre for Human Rights", "the Regional Office" after "the OHCHR
     * Regional Office for Central Asia": a body's name shortened to its first words and head, which refers to the body
     * the text named in full.
     */
    private void shortenedInstitutionNames() {
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).is("the")) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end - i <= 3 && tokens.get(end).isWord() && tokens.get(end).isCapitalised()
                    && !INSTITUTION_HEADS.contains(tokens.get(end).norm())) {
                end++;
            }
            if (end == i + 1 || end >= tokens.size() || !INSTITUTION_HEADS.contains(tokens.get(end).norm())
                    || overlapsMention(i, end + 1) || end + 1 < tokens.size() && (tokens.get(end + 1).is("of")
                    || tokens.get(end + 1).is("for") || tokens.get(end + 1).is("on"))) {
                continue; // not "the National Commission on ...": a name of its own
            }
            String phrase = doc.substring(tokens.get(i + 1).start(), tokens.get(end).end());
            String id = discourse.lastBodyNamed(phrase);
            if (id == null) {
                continue;
            }
            String country = national(id);
            added.add(new Mention(country != null ? MentionKind.NATIONAL_BODY : MentionKind.ORG, id, i, end + 1,
                    tokens.get(i).start(), tokens.get(end).end(), doc.substring(tokens.get(i).start(), tokens.get(end).end()),
                    country, null, true));
            i = end;
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(Comparator.comparingInt(Mention::tokStart));
        }
    }

    /** Whether the knowledge base names a body, office or title in the tokens (a title after "of" aside). */
    private boolean gazetteerReads(int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTrie.Match<EntityEntry> m = kb.entities().longestAt(tokens, k);
            if (m == null) {
                continue;
            }
            EntityKind kind = m.value().kind();
            if (kind == EntityKind.STATE || kind == EntityKind.DEMONYM || kind == EntityKind.CITY
                    || kind == EntityKind.TITLE && k > 0 && tokens.get(k - 1).is("of")) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** Whether a capitalised word is at {@code k}, or "the" and then one. */
    private boolean capitalisedAfter(int k) {
        return k < tokens.size() && (tokens.get(k).isWord() && tokens.get(k).isCapitalised()
                || tokens.get(k).is("the") && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised());
    }

    /** The state of a demonym among the tokens ("Australian Human Rights Commission" -> AUS), or null. */
    private String demonymIn(int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTrie.Match<EntityEntry> m = kb.entities().longestAt(tokens, k);
            if (m != null && m.value().kind() == EntityKind.DEMONYM && m.value().id() != null) {
                return m.value().id();
            }
        }
        return null;
    }

    private static boolean isAcronym(String text) {
        return text.length() >= 2 && text.length() <= 8 && text.chars().allMatch(c -> Character.isUpperCase(c))
                ;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<DateMention> dates() {
        return dates;
    }

    public Sentence sentence() {
        return sentence;
    }

    public String evidence() {
        return doc.substring(sentence.start(), sentence.end());
    }

    private static List<CueMatch> scanCues(List<Token> tokens, KnowledgeBase kb) {
        List<CueMatch> found = new ArrayList<>();
        PhraseTrie<List<Cue>> trie = kb.cues();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTrie.Match<List<Cue>> m = tokens.get(i).isWord() ? trie.longestAt(tokens, i) : null;
            if (m == null) {
                i++;
                continue;
            }
            boolean roundOf = m.end() < tokens.size() && tokens.get(m.end()).is("of") && m.value().stream()
                    .anyMatch(c -> "NEXT".equals(c.value()) || "PREVIOUS".equals(c.value())); // "the next round of the Dialogue"
            if (isAnaphor(m.value()) && startsTitle(tokens, m.end()) && !roundOf) {
                i = m.start() + 1; // "the Forum on ...", "the Memorandum of Understanding": a name, not a reference
                continue;
            }
            if (isAnaphor(m.value()) && yieldsToLongerCue(tokens, trie, m)) {
                i = m.start() + 1;
                continue;
            }
            found.add(new CueMatch(m.value(), m.start(), m.end(), tokens.get(m.start()).start(),
                    tokens.get(m.end() - 1).end()));
            i = m.end();
        }
        return found;
    }

    private static boolean isAnaphor(List<Cue> meanings) {
        return meanings.stream().allMatch(c -> c.kind() == CueKind.EVENT_ANAPHOR || c.kind() == CueKind.TREATY_ANAPHOR
                || c.kind() == CueKind.BODY_ANAPHOR);
    }

    /** Whether a treaty's name goes on at {@code at}: "on the Rights of ...", "against Torture", "for the Protection". */
    private boolean namesOn(int at) {
        // also "the Protocol to the African Charter on ...": a name not known (not "... to the Convention", a
        // protocol of the convention named before)
        boolean to = tokenIs(at, "to") && !(tokenIs(at + 1, "the") && (tokenIs(at + 2, "Convention") || tokenIs(at + 2, "Covenant")));
        if (!tokenIs(at, "on") && !tokenIs(at, "against") && !tokenIs(at, "for") && !tokenIs(at, "relating") && !to) {
            return false;
        }
        int name = tokenIs(at + 1, "the") ? at + 2 : at + 1;
        Token t = token(name);
        return t != null && t.isWord() && t.isCapitalised() && !t.isNumber();
    }

    private static boolean startsTitle(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(at);
        if (t.isWord() && t.isCapitalised()) {
            return true;
        }
        Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        return (t.is("of") || t.is("on") || t.is("for") || t.is("between")) && next != null
                && (next.is("the") && !timeAfterThe(tokens, at + 2) || next.isWord() && next.isCapitalised() && !next.isNumber());
    }

    // ---- anaphora and dates ----

    private void resolveAnaphors() {
        List<Mention> added = new ArrayList<>();
        List<Mention> replaced = new ArrayList<>();
        for (CueMatch cue : cues) {
            // "the Special Rapporteur" that no named holder took: a bare title, which the body it refers to replaces
            List<Mention> bareTitles = mentions.stream().filter(m -> m.kind() == MentionKind.TITLE
                    && m.tokStart() >= cue.tokStart() && m.tokEnd() <= cue.tokEnd()).toList();
            boolean titleOnly = cue.is(CueKind.BODY_ANAPHOR) && !bareTitles.isEmpty() && mentions.stream()
                    .filter(m -> m.tokStart() < cue.tokEnd() && cue.tokStart() < m.tokEnd()).allMatch(bareTitles::contains);
            if (overlapsMention(cue.tokStart(), cue.tokEnd()) && !titleOnly) {
                continue;
            }
            int before = added.size();
            String treaty = cue.value(CueKind.TREATY_ANAPHOR);
            if (treaty != null) {
                boolean bare = cue.tokEnd() - cue.tokStart() == 2;
                if (bare && cue.tokEnd() < tokens.size() && tokens.get(cue.tokEnd()).isWord()
                        && tokens.get(cue.tokEnd()).isCapitalised()) {
                    continue; // "the former Yugoslavia" is no anaphor
                }
                if (namesOn(cue.tokEnd())) {
                    continue; // "the Optional Protocol to the Convention on the Rights of ...": a name not known
                }
                List<String> pair = discourse.treatyPair();
                // "deposited its instruments of ratification of A and of B, ..., six years after it signed both
                // instruments": the two this sentence named before, where it named two
                List<String> here = mentions.stream().filter(m -> m.kind() == MentionKind.TREATY && m.id() != null
                        && m.tokEnd() <= cue.tokStart()).map(Mention::id).distinct().toList();
                if (here.size() == 2) {
                    pair = here;
                }
                List<String> ids = switch (treaty) {
                    case "FORMER" -> pair.size() >= 2 ? List.of(pair.get(0)) : List.of();
                    case "LATTER" -> pair.size() >= 2 ? List.of(pair.get(1)) : List.of();
                    case "BOTH" -> pair.size() >= 2 ? pair : List.of();
                    // "both International Covenants": there are two, whatever the text named before
                    case "COVENANTS" -> List.of("treaty:ICCPR", "treaty:ICESCR");
                    // in a treaty body's own text, "the Optional Protocol" is its treaty's
                    case "LAST_PROTOCOL" -> discourse.committeeTreaty() != null && cue.tokEnd() - cue.tokStart() == 3
                            && !tokenIs(cue.tokEnd(), "thereto") && tokenIs(cue.tokStart(), "the")
                            && kb.optionalProtocolOf(discourse.committeeTreaty()) != null
                            ? List.of(kb.optionalProtocolOf(discourse.committeeTreaty()))
                            : lastTreatyBefore(cue.tokStart()).stream().map(this::protocolMeant)
                            .filter(Objects::nonNull).toList();
                    // "the Optional Protocol to the Convention": the protocol of the convention meant
                    case "PROTOCOL_OF" -> lastTreatyBefore(cue.tokStart(), tokens.get(cue.tokEnd() - 1).norm()).stream()
                            .map(kb::optionalProtocolOf).filter(Objects::nonNull).toList();
                    default -> lastTreatyBefore(cue.tokStart(), tokens.get(cue.tokEnd() - 1).norm());
                };
                for (String id : ids) {
                    added.add(anaphor(cue, MentionKind.TREATY, id, null));
                }
                continue;
            }
            String state = cue.value(CueKind.STATE_PRONOUN);
            if (state != null && state.equals("STATE") && cue.tokEnd() < tokens.size()
                    && (tokens.get(cue.tokEnd()).isCapitalised() || tokenIs(cue.tokEnd(), "of")
                    || apostropheAt(cue.tokEnd()) || tokenIs(cue.tokEnd(), "-"))) {
                continue; // "the State Council", "the State of Qatar", "the State's": a name, or not the state itself
            }
            if (state != null) {
                String id = null;
                String visitingBody = visitingBody();
                if (state.equals("THEY")) {
                    // "On 10 December, they were received by ...": the members of the body whose visit is reported
                    if (visitingBody != null) {
                        added.add(anaphor(cue, MentionKind.ORG, visitingBody, null));
                    }
                    continue;
                }
                if (state.equals("IT")) {
                    boolean single = cue.tokEnd() - cue.tokStart() == 1;
                    // also after a fronted adverbial: "In February, it submitted its fourth periodic report ..."
                    boolean afterFronted = tokenIs(cue.tokStart() - 1, ",") && cue.tokStart() <= MAX_FRONTED_TOKENS + 4
                            && mentions.stream().noneMatch(m -> m.tokEnd() <= cue.tokStart() && m.kind() != MentionKind.CITY)
                            && cues.stream().noneMatch(c -> c.tokEnd() <= cue.tokStart() && !c.is(CueKind.STATUS)
                                    && !c.is(CueKind.NON_TOPIC) && !c.is(CueKind.EVENT_ANAPHOR));
                    boolean clauseInitial = cue.tokStart() == 0 || tokenIs(cue.tokStart() - 1, ";") || afterFronted
                            || afterCoordinatedAdverbial(cue.tokStart());
                    if (single && cue.tokStart() == 0 && discourse.lastSubjectBody() != null) {
                        // "The Working Group visited Colombo ... It met the Attorney General": the body just the subject
                        added.add(anaphor(cue, MentionKind.ORG, discourse.lastSubjectBody(), null));
                        continue;
                    }
                    if (single && clauseInitial && visitingBody != null && cue.tokStart() > 0
                            && !tokenIs(cue.tokStart() - 1, "and")) {
                        // "On 13 December, in Esmeraldas, it met the Provincial Prefect": the visiting body
                        added.add(anaphor(cue, MentionKind.ORG, visitingBody, null));
                        continue;
                    }
                    Mention informant = single ? informantBeforeThat(cue.tokStart()) : null;
                    if (informant != null) {
                        // "Viet Nam informed Australia that it had submitted ...": the state that informs, not the one told
                        added.add(anaphor(cue, MentionKind.STATE, informant.id(), informant.id()));
                        continue;
                    }
                    if (!single || clauseInitial) {
                        id = discourse.subjectState();
                    }
                    Mention opening = single && afterCoordinatedAdverbial(cue.tokStart()) ? sentenceSubjectState() : null;
                    if (opening != null) {
                        id = opening.id(); // "Viet Nam held ..., and in April 2018 it held ...": this sentence's subject
                    }
                } else if (state.equals("SPEAKER")) { // a statement's "we": the state the text is about
                    if (discourse.speakerBody() != null) {
                        // a working group's "We met with ...": the body whose statement this is
                        added.add(anaphor(cue, MentionKind.ORG, discourse.speakerBody(), null));
                        continue;
                    }
                    id = discourse.mainState();
                } else { // "the government", "the country": the state last named, else the one the text is about
                    Mention last = nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.STATE);
                    if (last == null) { // "China invited him; he visited the country": an earlier clause named it
                        last = mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.tokEnd() <= cue.tokStart())
                                .reduce((a, b) -> b).orElse(null);
                    }
                    id = last != null ? last.id() : discourse.subjectState();
                }
                if (id != null) {
                    added.add(anaphor(cue, MentionKind.STATE, id, id));
                }
                continue;
            }
            String body = cue.value(CueKind.BODY_ANAPHOR);
            if ("OWN".equals(body)) {
                // "A delegation of four members visited Madagascar" in a committee's release: the committee's
                String id = discourse.committee() != null ? discourse.committee() : discourse.lastSubjectBody();
                if (id != null) {
                    added.add(anaphor(cue, MentionKind.ORG, id, null));
                }
                continue;
            }
            if ("VISITOR".equals(body)) {
                // "In Ulaanbaatar, the delegation met with ...": the body (or state) whose visit the text reports
                Mention visitor = visitingDelegation(cue);
                if (visitor != null) {
                    added.add(visitor);
                }
                continue;
            }
            Token afterOn = tokenIs(cue.tokEnd(), "on") ? token(cue.tokEnd() + 1) : null;
            if (body != null && !body.equals("ITS") && afterOn != null && Character.isLowerCase(afterOn.text().charAt(0))
                    && !titleOnly) {
                continue; // "the Special Rapporteur on extreme poverty ..., Philip Alston": a mandate named, no anaphor
            }
            if (body != null && !body.equals("ITS")) {
                String id = body.contains("|") ? visitingBodyOfKind(body) : null;
                if (id == null) {
                    id = discourse.lastBody(body);
                }
                String author = discourse.authorBodyNamed(body);
                if (author != null && (id == null || !id.equals(discourse.lastSubjectBody()))) {
                    id = author; // a national commission's report: "the Commission" is the commission itself
                }
                if (body.equals("Committee") && discourse.committee() != null && (id == null
                        || !id.equals(discourse.lastSubjectBody()))) {
                    // a committee's own release: "the Committee" is the committee, even after it met another one
                    // (but after "The Committee on Enforced Disappearances considers ...", that committee)
                    id = discourse.committee();
                }
                Mention inSentence = nearestLeft(cue.tokStart(), m -> (m.kind() == MentionKind.ORG
                        || m.kind() == MentionKind.NATIONAL_BODY) && m.id() != null && m.text().contains(body));
                if (inSentence != null) {
                    id = inSentence.id();
                }
                String defined = discourse.shortName(body);
                if (defined != null && inSentence == null) {
                    id = defined; // "The African Commission ... (the Commission)": the name the text gave it, throughout
                }
                String country = id == null ? null : national(id);
                if (country != null) { // "the Ministry": a state's own body, acting for it
                    added.add(anaphor(cue, MentionKind.NATIONAL_BODY, id, country));
                } else if (id != null) {
                    added.add(anaphor(cue, MentionKind.ORG, id, null));
                }
                if (titleOnly && added.size() > before) {
                    replaced.addAll(bareTitles);
                }
                continue;
            }
            if (cue.is(CueKind.PREDECESSOR)) {
                // "when her predecessor travelled to Dushanbe": the mandate of the expert the release is about
                Mention mandate = predecessorsMandate(cue);
                if (mandate != null) {
                    added.add(mandate);
                }
                continue;
            }
            Token related = token(cue.tokEnd());
            if (cue.is(CueKind.PERSON_PRONOUN) && !(related != null && kb.words("related-persons").contains(related.norm()))) {
                added.add(anaphor(cue, MentionKind.PRONOUN, null, null));
            }
        }
        mentions.removeAll(replaced);
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt(Mention::tokStart));
        // "The Special Rapporteur, Ingrid Lahtinen, presented ...": the office the bare title stood for is hers
        for (Mention office : added) {
            Mention holder = office.kind() == MentionKind.ORG && office.id() != null && kb.isOffice(office.id())
                    && tokenIs(office.tokEnd(), ",") ? firstRight(office.tokEnd() + 1, office.tokEnd() + 2,
                    m -> m.kind() == MentionKind.PERSON && m.id() != null) : null;
            if (holder != null) {
                discourse.people().affiliate(holder.id(), office.id());
            }
        }
    }

    /**
     * "the Optional Protocol" refers to a protocol only: treaty ids mark optional protocols with an "OP" part
     * (treaty:OP-CAT, treaty:ICCPR-OP1, treaty:CRC-OPAC), so a convention named last is not taken for one.
     */
    private static boolean isProtocol(String treatyId) {
        String code = treatyId.startsWith("treaty:") ? treatyId.substring("treaty:".length()) : treatyId;
        for (String part : code.split("-")) {
            if (part.startsWith("OP")) {
                return true;
            }
        }
        return false;
    }

    /** The protocol named last, or the optional protocol of the convention named last ("the CAT ... the Optional Protocol"). */
    private String protocolMeant(String lastTreaty) {
        return isProtocol(lastTreaty) ? lastTreaty : kb.optionalProtocolOf(lastTreaty);
    }

    /** "this Convention": the treaty named last, in this sentence if it names one. */
    private List<String> lastTreatyBefore(int tok) {
        Mention inSentence = nearestLeft(tok, m -> m.kind() == MentionKind.TREATY);
        if (inSentence != null) {
            return List.of(inSentence.id());
        }
        return discourse.lastTreaty() == null ? List.of() : List.of(discourse.lastTreaty());
    }

    /**
     * "the Covenant", "the Convention", "the Protocol": the treaty of that kind named last, in this sentence first
     * (a treaty named, then a treaty body's treaty: "submitted to the Committee on Economic, Social and Cultural
     * Rights its report on the Covenant"), else in the text before. Any treaty for "the treaty".
     */
    private List<String> lastTreatyBefore(int tok, String noun) {
        if (!noun.equals("covenant") && !noun.equals("convention") && !noun.equals("protocol")) {
            return lastTreatyBefore(tok);
        }
        List<String> candidates = new ArrayList<>();
        // a treaty this sentence named before ("deposited its instrument of ratification of the Convention against
        // Torture, ... after signing the Convention"), then a committee's own treaty in its text
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.tokEnd() <= tok && m.id() != null && m.kind() == MentionKind.TREATY) {
                candidates.add(m.id());
            }
        }
        if (discourse.committeeTreaty() != null) {
            candidates.add(candidates.isEmpty() ? 0 : candidates.size(), discourse.committeeTreaty());
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.tokEnd() <= tok && m.id() != null && m.kind() == MentionKind.ORG && kb.monitoredTreaty(m.id()) != null) {
                candidates.add(kb.monitoredTreaty(m.id()));
            }
        }
        candidates.addAll(discourse.recentTreaties());
        // "ratify the Optional Protocol to the CRPD, noting that Kazakhstan ratified the Convention itself": a
        // protocol named brings its parent
        List<String> withParents = new ArrayList<>();
        for (String id : candidates) {
            withParents.add(id);
            if (kb.protocolParent(id) != null) {
                withParents.add(kb.protocolParent(id));
            }
        }
        for (String id : withParents) {
            String name = kb.treatyName(id) == null ? "" : kb.treatyName(id).toLowerCase(Locale.ROOT);
            // a protocol "to the Convention" is no convention
            boolean protocol = name.contains("protocol");
            if (name.contains(noun) && (noun.equals("protocol") || !protocol)) {
                return List.of(id);
            }
        }
        return lastTreatyBefore(tok);
    }

    /** A mention the text implies over the tokens (a state or treaty read from a document symbol). */
    public Mention inferred(MentionKind kind, String id, int tokStart, int tokEnd) {
        int start = tokens.get(tokStart).start();
        int end = tokens.get(tokEnd - 1).end();
        return new Mention(kind, id, tokStart, tokEnd, start, end, doc.substring(start, end),
                kind == MentionKind.STATE ? id : null, null, true);
    }

    /** The state the document is about (the one named most), as implied at {@code at}; null if none yet. */
    public Mention mainState(CueMatch at) {
        return impliedState(discourse.mainState(), at);
    }

    /** The state the document is about (the one it last made the acting subject), referred to at {@code at}. */
    public Mention documentState(CueMatch at) {
        return impliedState(discourse.subjectState(), at);
    }

    /** A state the text implies at {@code at}, or null: nothing is written, so its name stands in. */
    private Mention impliedState(String id, CueMatch at) {
        return impliedState(id, at.tokStart(), at.tokEnd());
    }

    /** A state the text implies at tokens [tokStart, tokEnd), or null: nothing is written, so its name stands in. */
    public Mention impliedState(String id, int tokStart, int tokEnd) {
        if (id == null) {
            return null;
        }
        String name = kb.stateName(id) == null ? id : kb.stateName(id);
        return new Mention(MentionKind.STATE, id, tokStart, tokEnd, tokens.get(tokStart).start(),
                tokens.get(tokEnd - 1).end(), name, id, null, true);
    }

    /**
     * "her predecessor", "his predecessors": the mandate (special procedures) of the holder last named, as an office;
     * null when no mandate holder has been named.
     */
    private Mention predecessorsMandate(CueMatch cue) {
        Person holder = discourse.people().lastMandateHolder();
        return holder == null ? null : anaphor(cue, MentionKind.ORG, holder.affiliation(), null);
    }

    /** How many sentences back the visit of a body may be that "they" or "it" of its members refers to. */
    private static final int VISITING_BODY_REACH = 3;

    /** The body (not a state or a person) whose visit was reported in the last few sentences, or null. */
    private String visitingBody() {
        EventRecord visit = discourse.lastEvent("VISIT");
        EntityRef visitor = visit == null ? null : visit.fact().entity("visitor");
        return visitor != null && visitor.id() != null && visitor.id().startsWith("org:") && visit.fact().status() == null
                && national(visitor.id()) == null && sentence.index() - visit.sentence() <= VISITING_BODY_REACH
                ? visitor.id() : null;
    }

    /**
     * "The experts also announced that they intend to return": in a release on a body's visit, that body, however
     * recently another of its kind was named ("the Working Group on ... has also requested a visit"): the last visitor
     * whose name has one of the {@code kinds} ("Working Group|Committee on"), or null.
     */
    private String visitingBodyOfKind(String kinds) {
        List<EventRecord> events = discourse.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            EntityRef visitor = events.get(i).kind().equals("VISIT") ? events.get(i).fact().entity("visitor") : null;
            String name = visitor == null || visitor.id() == null ? null : kb.bodyName(visitor.id());
            for (String kind : name == null ? new String[0] : kinds.split("\\|")) {
                if (name.contains(kind)) {
                    return visitor.id();
                }
            }
        }
        return null;
    }

    private Mention anaphor(CueMatch cue, MentionKind kind, String id, String country) {
        return new Mention(kind, id, cue.tokStart(), cue.tokEnd(), cue.start(), cue.end(),
                doc.substring(cue.start(), cue.end()), country, null, true);
    }

    /** What may stand between a plural protocols' subjects: "on A and on B", "(on A, and on B)", "— on A —". */
    private static final Set<String> SUBJECT_JOINTS = Set.of("(", ",", "and", "\u2014", "\u2013", "-", ":");

    /** Lower-case words that end a protocol's subject: the verb or clause after it ("... armed conflict were ratified"). */
    private static final Set<String> SUBJECT_ENDS = Set.of("were", "was", "is", "are", "has", "have", "had", "which",
            "that", "by", "through", "respectively", "with", "at", "to", "as", "since", "both");

    /**
     * "the Optional Protocols to the Convention on the Rights of the Child on the sale of children, child prostitution
     * and child pornography and on the involvement of children in armed conflict", "both Optional Protocols to the
     * Convention on the Rights of the Child (on children in armed conflict, and on the sale of children)": the
     * protocols the subjects name, in the order written, or with no subject the two "both" means; they, not the
     * convention, are what is signed or ratified.
     */
    private void pluralProtocols() {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).is("protocols") || !tokens.get(i - 1).is("optional") || !tokens.get(i + 1).is("to")) {
                continue;
            }
            final int to = i + 1;
            Mention convention = mentions.stream().filter(m -> m.kind() == MentionKind.TREATY && m.id() != null
                    && (m.tokStart() == to + 1 || m.tokStart() == to + 2 && tokenIs(to + 1, "the"))).findFirst().orElse(null);
            List<KnowledgeBase.ProtocolSubject> protocols = convention == null ? List.of() : kb.protocolsBySubject(convention.id());
            if (protocols.isEmpty()) {
                continue;
            }
            List<String> named = new ArrayList<>();
            int end = convention.tokEnd();
            for (int k = end; ; ) {
                while (k < tokens.size() && SUBJECT_JOINTS.contains(tokens.get(k).norm())) {
                    k++;
                }
                if (!tokenIs(k, "on")) {
                    break;
                }
                int subjectEnd = endOfProtocolSubject(k + 1);
                String subject = String.join(" ", tokens.subList(k + 1, subjectEnd).stream().map(Token::norm).toList());
                KnowledgeBase.ProtocolSubject meant = protocols.stream()
                        .filter(p -> p.subjectWords().stream().anyMatch(w -> (" " + subject + " ").contains(" " + w + " ")))
                        .findFirst().orElse(null);
                if (meant == null) {
                    break;
                }
                if (!named.contains(meant.protocolId())) {
                    named.add(meant.protocolId());
                }
                end = subjectEnd;
                k = subjectEnd;
            }
            if (named.isEmpty()) {
                named = protocols.stream().filter(KnowledgeBase.ProtocolSubject::ofThePair)
                        .map(KnowledgeBase.ProtocolSubject::protocolId).toList();
            }
            int start = i - 1;
            start = tokenIs(start - 1, "two") ? start - 1 : start;
            start = tokenIs(start - 1, "the") || tokenIs(start - 1, "both") || tokenIs(start - 1, "its") ? start - 1 : start;
            mentions.remove(convention);
            for (String id : named) {
                mentions.add(new Mention(MentionKind.TREATY, id, start, end, tokens.get(start).start(),
                        tokens.get(end - 1).end(), doc.substring(tokens.get(start).start(), tokens.get(end - 1).end()),
                        null, null, false));
            }
            mentions.sort(Comparator.comparingInt(Mention::tokStart));
            i = end;
        }
    }

    /** Where a protocol's subject after "on" ends: before the next "and on", a bracket, a dash, a verb or a name. */
    private int endOfProtocolSubject(int from) {
        int k = from;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is("and")) {
                int next = k;
                while (next < tokens.size() && (tokens.get(next).is(",") || tokens.get(next).is("and"))) {
                    next++;
                }
                if (next >= tokens.size() || tokenIs(next, "on") || !tokens.get(next).isWord()
                        || tokens.get(next).isCapitalised() || SUBJECT_ENDS.contains(tokens.get(next).norm())) {
                    return k;
                }
                k = next;
                continue;
            }
            if (!t.isWord() || t.isCapitalised() || t.isNumber() || SUBJECT_ENDS.contains(t.norm())) {
                return k;
            }
            k++;
        }
        return k;
    }

    /** The state of a national body's id ("org:IDN-MFA" -> "IDN"), or null for an international body. */
    public String national(String id) {
        int dash = id.indexOf('-');
        String code = id.startsWith("org:") && dash == 7 ? id.substring(4, 7) : null;
        return code != null && kb.isState(code) ? code : null; // not "org:CAT-C", the Committee against Torture
    }

    /** Whether a mention covers any token of [ts, te). */
    public boolean overlapsMention(int ts, int te) {
        for (Mention m : mentions) {
            if (m.tokStart() < te && ts < m.tokEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A month without a year takes the year of the list it belongs to ("February and September 2000"), else a year
     * stated in the sentence, else the year the text has established. Never the publication date.
     */
    private void settleYears(List<DateMention> found) {
        Integer later = laterThanTheLastMonth();
        for (int i = 0; i < found.size(); i++) {
            DateMention d = found.get(i);
            if (d.hasYear()) {
                dates.add(d);
                continue;
            }
            Integer year = null;
            for (int j = i + 1; j < found.size(); j++) {
                String between = doc.substring(found.get(j - 1).end(), found.get(j).start()).strip();
                if (!CONNECTORS.contains(between) && !between.equals("to") && !between.equals("-")) {
                    break;
                }
                if (found.get(j).hasYear()) {
                    year = found.get(j).lastYear();
                    break;
                }
            }
            if (year == null) {
                year = nearestExplicitYear(found, i);
            }
            if (later != null && d.from().month() != null) {
                // "... took place on 23 and 24 March 2017. A month later, on 25 and 26 April, ...": after the month
                // the text just told, even one it told in passing
                year = d.from().month() >= discourse.lastMonth().month() ? later : later + 1;
            }
            if (year == null) {
                year = discourse.year();
            }
            if (year != null) {
                year = yearOfItsWeekday(d, year);
            }
            dates.add(year == null ? d : d.withYear(year));
        }
    }

    /**
     * The year of the month the text told last, where the sentence opens by counting on from it ("A month later,",
     * "Two weeks later,", "Three days later,"); null otherwise.
     */
    private Integer laterThanTheLastMonth() {
        PartialDate last = discourse.lastMonth();
        if (last == null || last.year() == null || last.month() == null) {
            return null;
        }
        for (int k = 1; k <= 3 && k < tokens.size(); k++) {
            if (tokenIs(k, "later") && (tokenIs(k - 1, "month") || tokenIs(k - 1, "months") || tokenIs(k - 1, "weeks")
                    || tokenIs(k - 1, "week") || tokenIs(k - 1, "days"))) {
                return last.year();
            }
        }
        return null;
    }

    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?i)\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?\\s*$");

    /**
     * "Fiji, Mon 5 Nov.", "on Monday, 5 November": a day written with its weekday falls in a year where it is that
     * weekday. The year the context gives when it agrees (or when no weekday is written), else the nearest that does
     * (a bulletin of 2018 that mentioned 2021 a line before).
     */
    private Integer yearOfItsWeekday(DateMention d, int year) {
        PartialDate from = d.from();
        if (from.day() == null || from.month() == null || d.to() != null) {
            return year;
        }
        Matcher m = WEEKDAY_BEFORE.matcher(doc.substring(Math.max(0, d.start() - 12), d.start()));
        if (!m.find()) {
            return year;
        }
        String abbreviation = m.group(1).substring(0, 3).toLowerCase(Locale.ROOT);
        int weekday = WEEKDAYS.indexOf(WEEKDAYS.stream().filter(w -> w.startsWith(abbreviation)).findFirst().orElseThrow());
        for (int delta = 0; delta <= 6; delta++) {
            for (int y : new int[] {year - delta, year + delta}) {
                try {
                    if (LocalDate.of(y, from.month(), from.day()).getDayOfWeek().getValue() - 1 == weekday) {
                        return y;
                    }
                } catch (java.time.DateTimeException e) {
                    // 29 February of a common year: not this one
                }
            }
        }
        return year;
    }

    /** Verbs whose infinitive puts a date in the future: "to visit China in 2005", "to hold the next round in 2020". */
    private static final Set<String> INFINITIVE_VERBS = Set.of("visit", "hold", "host", "attend", "convene", "organize",
            "organise", "return", "travel", "submit", "sign", "ratify", "present", "meet", "resume", "conduct", "undertake");

    /** Participles that open an aside about a document's history: "the initial report, submitted in 2015, ...". */
    private static final Set<String> ASIDE_PARTICIPLES = Set.of("submitted", "received", "ratified", "adopted", "signed",
            "established", "launched", "issued", "published", "transmitted", "presented", "due");

    /** Words before a date in its clause that put it in the future: "the visit is expected to take place in 2006". */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "would", "expected", "scheduled", "planned", "due",
            "shall", "intends", "plans", "rescheduled", "postponed", "deferred", "hoped", "hope", "hopes", "expect",
            "expects");
    /** How far back in its clause a future word governs a date. */
    private static final int FUTURE_REACH = 12;

    /**
     * Whether a date sets the year for the months that follow without one: not a date in a relative clause ("the
     * report, which it had submitted in June 2003 and which ...") nor one in the future ("the visit is expected to
     * take place in 2006"): the text goes on in the year it narrates.
     */
    public boolean setsTheScene(DateMention d) {
        int tok = tokenAt(d.start());
        if (overlapsMention(tok, tokenAt(d.end() - 1) + 1)) {
            return false; // "the ... Convention, 1958 (No. 111)": a year of a name
        }
        if (tokenIs(tok - 1, "since") && tok > 1) {
            return false; // "Belize, whose initial report has been overdue since 1997, was reviewed ... on 15 and 16 October"
        }
        for (int i = tok - 1; i >= 0 && tok - i <= FUTURE_REACH; i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";")) {
                break;
            }
            if (FUTURE_WORDS.contains(t.norm())) {
                return false;
            }
            // "has accepted the invitation ... to visit China in 2005": an infinitive's date is yet to come
            if (t.is("to") && i + 1 < tok && tokens.get(i + 1).isWord() && !tokens.get(i + 1).isCapitalised()
                    && !tokens.get(i + 1).is("the") && INFINITIVE_VERBS.contains(tokens.get(i + 1).norm())) {
                return false;
            }
        }
        // "the Gambia, which signed the Second Optional Protocol ..., aiming at ..., in September 2017, deposited":
        // the verb the date follows opens a relative clause
        CueMatch verb = null;
        for (CueMatch c : cues) {
            if (c.tokEnd() <= tok && (verb == null || c.tokStart() > verb.tokStart()) && isTrigger(c)) {
                verb = c;
            }
        }
        if (verb != null) {
            int k = verb.tokStart() - 1;
            if (tokenIs(k, "had") || tokenIs(k, "has") || tokenIs(k, "have")) {
                k--;
            }
            if (tokenIs(k, "which") || tokenIs(k, "who")) {
                return false;
            }
        }
        for (int i = tok - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";")) {
                // nor a participle's aside: "the initial report of Namibia, submitted in 2015 after a delay ..., on
                // 2 and 3 March"
                Token next = token(i + 1);
                boolean participle = t.is(",") && next != null && ASIDE_PARTICIPLES.contains(next.norm()) && i + 1 < tok;
                // (or "Kuwait, whose ... reports had been submitted in October 2019, was reviewed on 16 May")
                return !(tokenIs(i + 1, "which") || tokenIs(i + 1, "who") || tokenIs(i + 1, "whose") || participle);
            }
            if ((t.is("which") || t.is("who") || t.is("whose")) && i > 0
                    && (tokens.get(i - 1).is(",") || tokens.get(i - 1).is("and"))) {
                return false;
            }
        }
        return true;
    }

    /** The year written nearest before (else after) the date in the sentence, from a date that sets the scene. */
    private Integer nearestExplicitYear(List<DateMention> found, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (found.get(j).hasYear() && setsTheScene(found.get(j))) {
                return found.get(j).lastYear();
            }
        }
        // a later year of the sentence only when the text has set none: "On 13 November, ... signed a Memorandum ...
        // extending the mandate ... until the end of 2023" is in the year the text narrates
        for (int j = i + 1; j < found.size() && discourse.year() == null; j++) {
            // not a later term: "On October 25, the two sides signed a Programme ... for 2024-2026"
            if (found.get(j).hasYear() && setsTheScene(found.get(j)) && found.get(j).to() == null) {
                return found.get(j).lastYear();
            }
        }
        return null;
    }

    /** The tokens at the head of a sentence a scene-setting date may start after: "In", "On 28 November 2014,". */
    private static final int FRONT_TOKENS = 2;

    /** Whether the date opens the sentence: "In 2005, ...", "On 28 November 2014, at its eighth session, ...". */
    public boolean fronted(DateMention d) {
        return tokenAt(d.start()) <= FRONT_TOKENS;
    }

    /** Whether the date's own words give its year ("June 2003"), not the context ("in April" settled to 2003). */
    public boolean writesItsYear(DateMention d) {
        return YEAR_WRITTEN.matcher(doc.substring(d.start(), d.end())).find();
    }

    /** A year written out, or counted from the one before: "in October of the following year" moves the story on. */
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\b\\d{4}\\b|\\b(?:following|next) year\\b");

    // ---- navigation ----

    public int tokenAt(int charPos) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= charPos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int clauseStart(int tok) {
        for (int i = Math.min(tok, tokens.size()) - 1; i >= 0; i--) {
            if (tokens.get(i).is(";")) {
                return i + 1;
            }
        }
        return 0;
    }

    public int clauseEnd(int tok) {
        for (int i = tok; i < tokens.size(); i++) {
            if (tokens.get(i).is(";")) {
                return i;
            }
        }
        return tokens.size();
    }

    public List<CueMatch> cues(CueKind kind) {
        List<CueMatch> out = new ArrayList<>();
        for (CueMatch c : cues) {
            if (c.is(kind)) {
                out.add(c);
            }
        }
        return out;
    }

    public CueMatch firstCue(CueKind kind, int fromTok, int toTok) {
        for (CueMatch c : cues) {
            if (c.tokStart() >= fromTok && c.tokStart() < toTok && c.is(kind)) {
                return c;
            }
        }
        return null;
    }

    public CueMatch lastCue(CueKind kind, int fromTok, int toTok) {
        CueMatch found = null;
        for (CueMatch c : cues) {
            if (c.tokStart() >= fromTok && c.tokStart() < toTok && c.is(kind)) {
                found = c;
            }
        }
        return found;
    }

    public boolean respectively() {
        return !cues(CueKind.RESPECTIVELY).isEmpty();
    }

    /** The mention ending nearest before {@code tok} within the clause. */
    public Mention nearestLeft(int tok, Predicate<Mention> accept) {
        int floor = clauseStart(tok);
        Mention best = null;
        for (Mention m : mentions) {
            if (m.tokEnd() <= tok && m.tokStart() >= floor && accept.test(m)
                    && (best == null || m.tokEnd() > best.tokEnd())) {
                best = m;
            }
        }
        return best;
    }

    /** The first mention starting at or after {@code tok} and before {@code limit}. */
    public Mention firstRight(int tok, int limit, Predicate<Mention> accept) {
        for (Mention m : mentions) {
            if (m.tokStart() >= tok && m.tokStart() < limit && accept.test(m)) {
                return m;
            }
        }
        return null;
    }

    public List<Mention> mentionsIn(int fromTok, int toTok, Predicate<Mention> accept) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.tokStart() >= fromTok && m.tokEnd() <= toTok && accept.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mention and those coordinated before it: "China, Canada and Norway" read from "Norway". */
    public List<Mention> coordinatedLeft(Mention last, Predicate<Mention> accept) {
        List<Mention> out = new ArrayList<>();
        out.add(last);
        Mention current = last;
        // "China, France, Sweden and the Asia-Europe Foundation co-sponsored ...": the list runs on to a name the
        // knowledge base does not know, and its "and" stands after the last mention
        int after = last.tokEnd();
        boolean sawAnd = tokenIs(after, "and") && (capitalisedAt(after + 1)
                || tokenIs(after + 1, "the") && capitalisedAt(after + 2));
        while (true) {
            Mention previous = null;
            for (Mention m : mentions) {
                if (m.tokEnd() <= current.tokStart() && accept.test(m) && (previous == null || m.tokEnd() > previous.tokEnd())) {
                    previous = m;
                }
            }
            String joint = previous == null ? "" : joint(previous, current);
            if (previous != null && last.kind() == MentionKind.PERSON && previous.kind() == MentionKind.STATE
                    && tokenIs(previous.tokStart() - 1, "of")) {
                // "Claude Heller of Mexico, Felice Gaer of the United States and Ana Racu of ...": past each one's state
                final Mention nationality = previous;
                Mention holder = mentions.stream().filter(m -> m.kind() == MentionKind.PERSON
                        && m.tokEnd() == nationality.tokStart() - 1 && accept.test(m)).findFirst().orElse(null);
                if (holder != null) {
                    joint = joint(nationality, current);
                    previous = holder;
                }
            }
            // "Vice Foreign Minister Zhang Yesui and Vice Minister of Education Zhang Xinsheng": the second person's
            // title stands between the "and" and the name
            if (previous != null && titledPersonAfterAnd(previous, current)) {
                joint = "and";
            }
            // "the Regional Office for Central Asia of the Office of the High Commissioner": a part of the body and the
            // body are one party, and the list goes on before the part
            if (previous != null && previous.id() != null && previous.id().equals(current.id())
                    && (joint.equals("of the") || joint.equals("of"))) {
                current = previous;
                continue;
            }
            if (previous == null || !CONNECTORS.contains(joint) || !sameClass(previous, last)
                    || joint.equals(",") && !sawAnd) {
                break;
            }
            sawAnd |= joint.contains("and") || joint.equals("as well as");
            out.add(0, previous);
            current = previous;
        }
        return out;
    }

    private boolean capitalisedAt(int tok) {
        Token t = token(tok);
        return t != null && t.isWord() && t.isCapitalised();
    }

    /** The state that opens the sentence as its subject ("Viet Nam has also held ..."), or null. */
    private Mention sentenceSubjectState() {
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.STATE && !m.inferred() && m.tokStart() <= 1) {
                return m;
            }
        }
        return null;
    }

    /** The most tokens from a briefing verb to its "that": "informed the Australian delegation that". */
    private static final int BRIEFED_OBJECT_TOKENS = 6;

    /**
     * "Viet Nam informed Australia that it had submitted ...", "The Lao side informed the delegation that it ...",
     * "Turkmenistan informed the EU that its third periodic report ...": the state that opens the sentence and informs,
     * where "it" or "its" follows "that" after a briefing verb; else null.
     */
    public Mention informantBeforeThat(int itTok) {
        if (!tokenIs(itTok - 1, "that")) {
            return null;
        }
        for (int k = itTok - 2; k >= Math.max(1, itTok - 2 - BRIEFED_OBJECT_TOKENS); k--) {
            if (kb.words("briefing-verbs").contains(tokens.get(k).norm())) {
                final int verb = k;
                return mentions.stream().filter(m -> m.kind() == MentionKind.STATE && m.id() != null && !m.inferred()
                        && m.tokEnd() <= verb && m.tokStart() <= 2).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_ADVERBIAL_STARTS = Set.of("in", "on", "during", "at", "from", "since",
            "later", "then", "subsequently");

    /**
     * Whether "it" at {@code tok} opens a coordinated clause after its adverbial: "..., and in April 2018 it held the
     * first round ...": from the "and" to "it" only a time or place phrase, no name.
     */
    private boolean afterCoordinatedAdverbial(int tok) {
        int k = tok - 1;
        while (k > 0 && !tokenIs(k, "and") && !tokenIs(k, ";") && tok - k <= MAX_FRONTED_TOKENS + 4) {
            k--;
        }
        if (!(tokenIs(k, "and") || tokenIs(k, ";")) || k + 1 >= tok || !CLAUSE_ADVERBIAL_STARTS.contains(tokens.get(k + 1).norm())) {
            return false;
        }
        final int from = k;
        return mentions.stream().noneMatch(m -> m.tokStart() > from && m.tokEnd() <= tok && m.kind() != MentionKind.CITY);
    }

    private static final Set<String> TITLE_INNER = Set.of("of", "for", "the", "and", "-", "on");

    /** Whether two persons are joined by "and" and the second one's title: "A and Vice Minister of Education B". */
    private boolean titledPersonAfterAnd(Mention previous, Mention current) {
        if (previous.kind() != MentionKind.PERSON || current.kind() != MentionKind.PERSON
                || !tokenIs(previous.tokEnd(), "and") || current.tokStart() - previous.tokEnd() < 3) {
            return false;
        }
        boolean capitalised = false;
        for (int k = previous.tokEnd() + 1; k < current.tokStart(); k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.isCapitalised()) {
                capitalised = true;
            } else if (!TITLE_INNER.contains(t.norm())) {
                return false;
            }
        }
        return capitalised && tokens.get(previous.tokEnd() + 1).isCapitalised();
    }

    /** The mention and those coordinated after it: "Cuba, Laos and many other countries" read from "Cuba". */
    public List<Mention> coordinatedRight(Mention first, Predicate<Mention> accept) {
        List<Mention> out = new ArrayList<>();
        out.add(first);
        Mention current = first;
        while (true) {
            Mention next = null;
            for (Mention m : mentions) {
                if (m.tokStart() >= current.tokEnd() && accept.test(m)) {
                    next = m;
                    break;
                }
            }
            if (next == null || !sameClass(next, first) || !(CONNECTORS.contains(joint(current, next))
                    || REPEATED_TO.contains(joint(current, next)))) {
                break;
            }
            out.add(next);
            current = next;
        }
        return out;
    }

    /** People coordinate with people, parties (states, bodies) with parties, treaties with treaties. */
    private static boolean sameClass(Mention a, Mention b) {
        return classOf(a) == classOf(b);
    }

    private static int classOf(Mention m) {
        return switch (m.kind()) {
            case PERSON, PRONOUN -> 1;
            case TREATY -> 2;
            case CITY -> 3;
            default -> 0;
        };
    }

    /** A vote count in brackets after a state elected: "Libya (157 votes), Mauritania (172)". */
    private static final java.util.regex.Pattern VOTE_COUNT =
            java.util.regex.Pattern.compile("^\\(\\d[\\d,]*(?: votes?)?\\)\\s*");

    /** The words joining two coordinated mentions, past a vote count after the first: "Libya (157 votes), Mauritania". */
    private String joint(Mention a, Mention b) {
        return VOTE_COUNT.matcher(between(a, b)).replaceFirst("");
    }

    public String between(Mention a, Mention b) {
        if (b.start() < a.end()) {
            return "";
        }
        return doc.substring(a.end(), b.start()).strip().replaceAll("\\s+", " ");
    }

    public String text(int fromTok, int toTok) {
        if (toTok <= fromTok) {
            return "";
        }
        return doc.substring(tokens.get(fromTok).start(), tokens.get(toTok - 1).end());
    }

    public Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    public boolean tokenIs(int i, String norm) {
        Token t = token(i);
        return t != null && t.is(norm);
    }

    /** Whether token {@code i} is an apostrophe: "China's", "China’s" (tokens fold typographic apostrophes). */
    public boolean apostropheAt(int i) {
        return tokenIs(i, "'");
    }

    /** Whether the mention is written as a possessive: "Viet Nam's report", "the State party’s reports". */
    public boolean possessive(Mention m) {
        return apostropheAt(m.tokEnd());
    }

    /** The first token in [from, limit) that is {@code word}, or -1. */
    public int findWord(String word, int from, int limit) {
        for (int i = Math.max(0, from); i < limit && i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The most tokens before a pronoun that still opens its sentence ("The following day she", "On 5 May he"). */
    private static final int MAX_FRONTED_TOKENS = 4;

    /**
     * The person a pronoun refers to: the nearest person before it in the sentence, else the one mentioned last, the
     * first whose gender the text has shown to agree, else the first whose gender it has not shown ("She" after
     * "..., she held meetings with President Xi Jinping." is not Xi Jinping).
     */
    public Mention resolvePronoun(Mention pronoun, Set<String> exclude) {
        if (pronoun.text().equalsIgnoreCase("I") || pronoun.text().equalsIgnoreCase("me")) {
            // a statement's "I": the person who speaks, named by its title; no one where it names none
            String speaker = discourse.speaker();
            return speaker == null || exclude.contains(speaker) ? null
                    : new Mention(MentionKind.PERSON, speaker, pronoun.tokStart(), pronoun.tokEnd(), pronoun.start(),
                    pronoun.end(), pronoun.text(), null, null, true);
        }
        // "the Special Rapporteur on ... announced that he will visit Colombia": the office that speaks, where no person
        // is named before the pronoun in the sentence
        // (or "..., as she concluded a twelve-day official visit": a subordinate clause of the office's sentence)
        boolean subordinate = tokenIs(pronoun.tokStart() - 1, "that") || tokenIs(pronoun.tokStart() - 1, "as")
                || tokenIs(pronoun.tokStart() - 1, "when") || tokenIs(pronoun.tokStart() - 1, "while");
        if (subordinate && mentions.stream().noneMatch(m -> m.kind() == MentionKind.PERSON
                && m.tokEnd() <= pronoun.tokStart())) {
            Mention speaker = mentions.stream().filter(m -> m.kind() == MentionKind.ORG && m.id() != null
                    && kb.isOffice(m.id()) && m.tokEnd() < pronoun.tokStart() && !isObject(m)).findFirst().orElse(null);
            if (speaker != null && !exclude.contains(speaker.id())) {
                return speaker.widenTo(pronoun);
            }
        }
        // "the Special Rapporteur on the right to education paid an official visit ... During the visit she was
        // received by ...": the office whose visit was just reported, where no one holding it is named
        EventRecord visit = discourse.lastEvent("VISIT");
        EntityRef visitor = visit == null ? null : visit.fact().entity("visitor");
        if (visitor != null && visitor.id() != null && kb.isOffice(visitor.id()) && !exclude.contains(visitor.id())
                && sentence.index() - visit.sentence() <= 1 && pronounGender(pronoun.text()) != null
                && discourse.people().recentFirst().stream().noneMatch(p -> visitor.id().equals(p.affiliation()))
                // (named by its mandate: a bare "The Special Rapporteur" stands for a holder the text named before)
                && visitor.text() != null && (visitor.text().contains(" on ") || visitor.text().contains(" in the field"))
                && mentions.stream().noneMatch(m -> m.kind() == MentionKind.PERSON && m.tokEnd() <= pronoun.tokStart())) {
            return new Mention(MentionKind.ORG, visitor.id(), pronoun.tokStart(), pronoun.tokEnd(), pronoun.start(),
                    pronoun.end(), pronoun.text(), null, visitor.id(), true);
        }
        List<Mention> candidates = new ArrayList<>(); // nearest first
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.kind() == MentionKind.PERSON && m.tokEnd() <= pronoun.tokStart() && !exclude.contains(m.id())) {
                candidates.add(m.withId(m.id(), MentionKind.PERSON).widenTo(pronoun));
            }
        }
        for (Person p : recentBefore) {
            if (!exclude.contains(p.id())) {
                candidates.add(new Mention(MentionKind.PERSON, p.id(), pronoun.tokStart(), pronoun.tokEnd(),
                        pronoun.start(), pronoun.end(), pronoun.text(), null, p.affiliation(), true));
            }
        }
        Character gender = pronounGender(pronoun.text());
        PersonRegistry people = discourse.people();
        // a subject pronoun opening the sentence ("The following day she was received by ...", "She also met ...")
        // with no person before it here: the person the text is about (named most), not the last one it named
        boolean opening = pronoun.tokStart() <= MAX_FRONTED_TOKENS
                || tokenIs(pronoun.tokStart() - 1, ",") && pronoun.tokStart() <= MAX_FRONTED_TOKENS + 6;
        // "he", "she" is a subject wherever it stands: "On the last day of the visit he meets President X"
        boolean nominative = (pronoun.text().equalsIgnoreCase("he") || pronoun.text().equalsIgnoreCase("she"))
                && mentions.stream().noneMatch(m -> m.kind() == MentionKind.PERSON && m.tokEnd() <= pronoun.tokStart());
        boolean subject = (opening || nominative) && candidates.stream().noneMatch(c -> !c.inferred())
                && !tokenIs(pronoun.tokStart() - 1, "with") && !tokenIs(pronoun.tokStart() - 1, "by");
        if (subject) { // the last sentence's subject, then the person named most; stable: equal counts keep the nearest
            String lastSubject = discourse.lastSubjectPerson();
            candidates.sort(Comparator.comparingInt((Mention c) -> c.id().equals(lastSubject) ? 0 : 1)
                    .thenComparingInt(c -> -people.mentions(c.id())));
        }
        Mention chosen = candidates.stream().filter(c -> gender != null && gender.equals(people.genderOf(c.id())))
                .findFirst()
                .orElseGet(() -> candidates.stream().filter(c -> people.genderOf(c.id()) == null).findFirst().orElse(null));
        if (chosen != null && gender != null) {
            people.gender(chosen.id(), gender);
        }
        return chosen;
    }

    private static Character pronounGender(String pronoun) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("she") || p.equals("her") || p.equals("hers") || p.equals("herself")) {
            return 'F';
        }
        if (p.equals("he") || p.equals("him") || p.equals("his") || p.equals("himself")) {
            return 'M';
        }
        return null;
    }

    /** Whether a state opens a list of three or more: "covers Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan". */
    public boolean opensListOfStates(Mention m) {
        return m.kind() == MentionKind.STATE && coordinatedRight(m, x -> x.kind() == MentionKind.STATE).size() >= 3;
    }

    /** A person or a pronoun resolved; other mentions unchanged. */
    public Mention resolved(Mention m, Set<String> exclude) {
        return m.kind() == MentionKind.PRONOUN ? resolvePronoun(m, exclude) : m;
    }

    // ---- ordinals ----

    /** The ordinal written at token {@code i} ("ninth", "Eighth", "9th", "twenty-first"): {value, tokens used}. */
    public int[] ordinalAt(int i) {
        Token t = token(i);
        if (t == null || !t.isWord()) {
            return null;
        }
        Integer hundreds = kb.cardinal(t.norm());
        if (hundreds != null && hundreds < 10 && tokenIs(i + 1, "hundred") && tokenIs(i + 2, "and")) {
            // "one hundred and twenty-fifth session" (the Human Rights Committee's)
            int[] rest = ordinalAt(i + 3);
            return rest == null || rest[0] >= 100 ? null : new int[] {hundreds * 100 + rest[0], 3 + rest[1]};
        }
        Integer word = kb.ordinal(t.norm());
        if (word != null) {
            return new int[] {word, 1};
        }
        Integer tens = kb.tens(t.norm());
        if (tens != null && tokenIs(i + 1, "-") && token(i + 2) != null) {
            Integer unit = kb.ordinal(token(i + 2).norm());
            if (unit != null && unit < 10) {
                return new int[] {tens + unit, 3};
            }
        }
        String n = t.norm();
        if (n.length() >= 3 && (n.endsWith("st") || n.endsWith("nd") || n.endsWith("rd") || n.endsWith("th"))) {
            String digits = n.substring(0, n.length() - 2);
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() <= 4) {
                return new int[] {Integer.parseInt(digits), 1};
            }
        }
        return null;
    }

    /**
     * The ordinal whose last token is {@code lastTok}: "12th", or all of "twenty-third" when {@code lastTok} is
     * "third". Returns {value, first token}, or null.
     */
    public int[] ordinalEndingAt(int lastTok) {
        int[] compound = lastTok >= 2 ? ordinalAt(lastTok - 2) : null;
        int[] found = null;
        if (compound != null && compound[1] == 3) {
            found = new int[] {compound[0], lastTok - 2};
        } else {
            int[] single = ordinalAt(lastTok);
            found = single != null && single[1] == 1 ? new int[] {single[0], lastTok} : null;
        }
        if (found != null && found[1] >= 3 && tokenIs(found[1] - 1, "and") && tokenIs(found[1] - 2, "hundred")) {
            int[] whole = ordinalAt(found[1] - 3); // "one hundred and twenty-fifth"
            if (whole != null && whole[1] == lastTok - (found[1] - 3) + 1) {
                return new int[] {whole[0], found[1] - 3};
            }
        }
        return found;
    }

    /** Ordinals coordinated in a row ("the 12th and 13th", "the twenty-first, twenty-second and twenty-third"). */
    public record Ordinals(List<Integer> values, int firstTok, int lastTok) {
    }

    /**
     * The ordinal ending at {@code lastTok} with those coordinated before it ("and", ","), first first, none before
     * {@code floor}; null when no ordinal ends there.
     */
    public Ordinals coordinatedOrdinalsEndingAt(int lastTok, int floor) {
        int[] last = ordinalEndingAt(lastTok);
        if (last == null) {
            return null;
        }
        List<Integer> values = new ArrayList<>(List.of(last[0]));
        int first = last[1];
        while (true) {
            int k = first - 1;
            while (k >= floor && (tokenIs(k, "and") || tokenIs(k, ","))) {
                k--;
            }
            int[] earlier = k < first - 1 && k >= floor ? ordinalEndingAt(k) : null;
            if (earlier == null || earlier[1] < floor) {
                return new Ordinals(values, first, last[1]);
            }
            values.add(0, earlier[0]);
            first = earlier[1];
        }
    }

    /**
     * Whether token {@code tok} lies in a relative clause set off by commas (", which began in 1997,") that closes
     * before {@code limit}: what it says belongs to the thing it describes, not to the main clause.
     */
    /**
     * "Grace Mugisha, the Independent Expert on the situation of human rights in Somalia, travelled to ...": where
     * {@code m} lies in an appositive set off by commas after a person, before {@code limit}, that person; else null.
     */
    public Mention appositiveHolder(Mention m, int limit) {
        if (m.kind() == MentionKind.PERSON) {
            return null;
        }
        int open = -1;
        for (int k = m.tokStart() - 1; k >= 0; k--) {
            if (tokenIs(k, ",")) {
                open = k;
                break;
            }
        }
        if (open < 1 || findWord(",", m.tokEnd(), limit) < 0) {
            return null;
        }
        final int comma = open;
        return mentions.stream().filter(p -> p.kind() == MentionKind.PERSON && p.tokEnd() == comma).findFirst().orElse(null);
    }

    public boolean inRelativeClause(int tok, int limit) {
        int open = -1;
        for (int i = tok - 1; i > 0; i--) {
            if (tokenIs(i, ",")) {
                return false;
            }
            if ((tokenIs(i, "which") || tokenIs(i, "who")) && tokenIs(i - 1, ",")) {
                open = i;
                break;
            }
            // ", launched in 1991,", ", established in 2005,": a participle clause says as much
            if (tokenIs(i - 1, ",") && tokens.get(i).norm().endsWith("ed") && (tokenIs(i + 1, "in") || tokenIs(i + 1, "on"))) {
                open = i;
                break;
            }
        }
        return open >= 0 && findWord(",", tok + 1, limit) >= 0;
    }

    /**
     * The ISO date of {@code d}, or the span from it to the next date where "and" joins two months of one year ("in
     * November and December 2005" -> 2005-11/2005-12): one lasting event over both.
     */
    public String monthsJoined(DateMention d) {
        int i = dates.indexOf(d);
        if (i < 0 || i + 1 >= dates.size() || d.to() != null || d.iso() == null || d.iso().length() != 7 || respectively()) {
            return d.iso();
        }
        DateMention next = dates.get(i + 1);
        boolean joined = doc.substring(d.end(), next.start()).strip().equals("and");
        return joined && next.to() == null && next.iso() != null && next.iso().length() == 7
                && next.iso().compareTo(d.iso()) > 0 && next.iso().startsWith(d.iso().substring(0, 4))
                ? d.iso() + "/" + next.iso() : d.iso();
    }

    // ---- dates ----

    public List<DateMention> datesIn(int fromTok, int toTok) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : dates) {
            int t = tokenAt(d.start());
            if (t >= fromTok && t < toTok) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The date of the clause nearest to {@code tok}, preferring one before it at equal distance. A date that follows
     * another trigger belongs to that trigger ("signed X on D1 and ratified it on D2") and is taken only when nothing
     * else is left.
     */
    public DateMention nearestDate(int tok) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        DateMention finerAfter = null; // "In 2002, the first round was held in Oslo in May": May 2002
        for (DateMention d : datesIn(clauseStart(tok), clauseEnd(tok))) {
            int t = tokenAt(d.start());
            int distance = t <= tok ? tok - t : (t - tok) + 1;
            boolean owned = t <= tok ? earlierTriggerOwns(clauseStart(tok) - 1, t, tok) : triggerBetween(tok, t, tok);
            if (isDeadline(t)) {
                continue; // "its initial report, which was due in 2010": a deadline, not when it happened
            }
            if (datelineOpening(d, t)) {
                continue; // "Bern, 17.06.2016 - The 14th round ... took place in Beijing on 15 and 16 June 2016"
            }
            if (d.end() > d.start() && overlapsMention(t, t + 1)) { // (a heading's date, set before the text, has no span)
                continue; // "the Discrimination (Employment and Occupation) Convention, 1958 (No. 111)": a name's year
            }
            final int beforeBracket = t - 2;
            boolean placeBefore = mentions.stream().anyMatch(m -> m.tokEnd() == beforeBracket + 1
                    && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.CITY));
            if (tokenIs(t - 1, "(") && token(t - 2) != null && token(t - 2).isWord() && token(t - 2).isCapitalised()
                    && !token(t - 2).text().equals(token(t - 2).text().toUpperCase(java.util.Locale.ROOT))
                    && !placeBefore) { // (not "a four-day visit to Thailand (13-16 November 2023)")
                // (not a dateline's "GENEVA (25 September 2019)")
                continue; // "the ... Johannesburg Action Plan (2016-2018)": the span a title covers
            }
            if (t < tok && inFrontedSincePhrase(t, tok)) {
                continue; // "Since the submission of its fourth report in 2012, Kenya has ratified ...": not the act's
            }
            if (t > tok && sinceInRelativeClause(t, tok)) {
                continue; // "signed a Record of Understanding on the ... Program, which since 2003 has supported ...": its start
            }
            if (t > tok && opensNextClause(d, t, tok)) {
                continue; // "In May A visited X, and in August B sent a delegation to Y": August is B's
            }
            if (t > tok && d.to() == null && (afterUntil(t)
                    || tokenIs(t - 4, "until") && tokenIs(t - 3, "the") && tokenIs(t - 2, "end") && tokenIs(t - 1, "of"))) {
                continue; // "signed a memorandum ... extending the mandate of the office until (the end of) 2021": its term
            }
            if (t > tok && eventClauseBetween(tok, t)) {
                continue; // "invited the Special Rapporteur ..., and the visit is expected to take place in 2006"
            }
            if (owned && t > tok && (subjectClauseBetween(tok, t) || coordinatedPredicateBetween(tok, t))) {
                continue; // "invited X to visit, and Y visited China in 1997": the date of another clause is its own
            }
            if (owned) {
                distance += 1000; // "In 2000, China signed X and ratified Y": a date set before both dates both
            } else if (t < tok && predicateCoordinatedAfter(t, tok)) {
                distance += 500; // "will present my report in September 2023, and intend to return in 2024": its own after
            }
            if (!owned && t > tok && finerAfter == null && d.to() == null && d.from().month() != null) {
                finerAfter = d;
            }
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best != null && finerAfter != null && best != finerAfter && best.to() == null && best.from().month() == null
                && tokenAt(best.start()) < tok && best.from().year() != null
                && best.from().year().equals(finerAfter.from().year())) {
            return finerAfter; // the year set first, the month the event took place in after it
        }
        return best;
    }

    /**
     * Whether the date at token {@code t} opens the next coordinated clause, ", and in August B sent ...": it follows
     * ", and in|on" and a predicate of its own comes after it.
     */
    private boolean opensNextClause(DateMention d, int t, int tok) {
        if (!(tokenIs(t - 1, "in") || tokenIs(t - 1, "on")) || !tokenIs(t - 2, "and") || !tokenIs(t - 3, ",")) {
            return false;
        }
        int after = tokenAt(d.end() - 1) + 1;
        int end = clauseEnd(tok);
        return cues.stream().anyMatch(c -> c.tokStart() > after && c.tokStart() < Math.max(end, after + 1) + MAX_NEXT_PREDICATE
                && isTrigger(c));
    }

    /** How far past a coordinated clause's date its own predicate may come: "..., and in August the China ... sent". */
    private static final int MAX_NEXT_PREDICATE = 10;

    /**
     * Whether, after its own object, the trigger at {@code from} is followed by "and" and another trigger with its own
     * dated object ("has ratified the CRPD and acceded to the OP-CAT in 2019": 2019 is the accession's). Not "signed and
     * ratified the CAT in 1988", where the two share object and date.
     */
    private boolean coordinatedPredicateBetween(int from, int to) {
        // only treaty actions: "met with A and held talks with B in Beijing on 5 May" dates both meetings
        if (firstCue(CueKind.TREATY, from, from + 1) == null) {
            return false;
        }
        for (CueMatch c : cues) {
            if (c.tokStart() <= from || c.tokStart() >= to || !tokenIs(c.tokStart() - 1, "and") || !c.is(CueKind.TREATY)) {
                continue;
            }
            if (mentions.stream().anyMatch(m -> m.tokStart() > from && m.tokEnd() < c.tokStart())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date at {@code t} lies in a "Since ...," phrase that closes before the trigger at {@code tok}. */
    private boolean inFrontedSincePhrase(int t, int tok) {
        for (int i = t - 1; i >= 0; i--) {
            if (tokenIs(i, ",") || tokenIs(i, ";")) {
                return false;
            }
            // "Following a decision of the Cabinet on 7 July 2010, Malaysia deposited ...": the decision's day
            if (tokenIs(i, "since") || tokenIs(i, "following") || tokenIs(i, "after") && tokenIs(i + 1, "a")) {
                int comma = findWord(",", t + 1, tok);
                // but "the first since March 2016, when her predecessor travelled to Dushanbe": the date "when" takes up
                return comma >= 0 && !tokenIs(comma + 1, "when");
            }
        }
        return false;
    }

    /**
     * Whether a second predicate with the subject left out starts between the tokens: ", and [also] <verb>" with no
     * mention between "and" and {@code tok} ("I will present my report in September, and intend to return ...").
     */
    private boolean predicateCoordinatedAfter(int t, int tok) {
        for (int k = t + 1; k < tok; k++) {
            if (tokenIs(k, "and") && tokenIs(k - 1, ",")) {
                final int from = k + 1;
                return mentions.stream().noneMatch(m -> m.tokStart() >= from && m.tokStart() < tok);
            }
        }
        return false;
    }

    /** Whether the date at {@code t}, after the trigger at {@code tok}, follows "since" in a ", which ..." clause. */
    private boolean sinceInRelativeClause(int t, int tok) {
        if (!tokenIs(t - 1, "since")) {
            return false;
        }
        for (int i = t - 2; i > tok; i--) {
            if (tokenIs(i, "which") || tokenIs(i, "that") || tokenIs(i, "who")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day of a dateline opening this sentence ("HANOI, May 26 - ..."), else of the text's dateline; null where that
     * is no full day.
     */
    private PartialDate releaseDayOfTheSentence() {
        PartialDate release = dates.stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null
                && opensAsDateline(d)).map(DateMention::from).findFirst().orElse(discourse.dateline());
        boolean fullDay = release != null && release.day() != null && release.month() != null && release.year() != null;
        return fullDay ? release : null;
    }

    /** "Canberra, 6 September 2019 - The ... Dialogue was held ... on Tuesday": the release's date, not the event's. */
    private boolean opensAsDateline(DateMention d) {
        return d.end() > d.start() && cityThenDateThenDash(d, tokenAt(d.start()));
    }

    /** Whether the date is a release's dateline opening the sentence: "Bern, 17.06.2016 - ...", "GENEVA, 5 May -". */
    public boolean datelineOpening(DateMention d, int t) {
        return cityThenDateThenDash(d, t)
                && datesIn(tokenAt(d.end() - 1) + 1, tokens.size()).stream().anyMatch(x -> x.iso() != null);
    }

    /** The date at token {@code t} (at most four in), after the city the sentence opens with and before a dash. */
    private boolean cityThenDateThenDash(DateMention d, int t) {
        Token dash = token(tokenAt(d.end() - 1) + 1);
        return t <= 4 && dash != null && (dash.text().equals("-") || dash.text().equals("\u2013") || dash.text().equals("\u2014"))
                && !mentions.isEmpty() && mentions.get(0).kind() == MentionKind.CITY && mentions.get(0).tokStart() == 0;
    }

    /** Whether the date at token {@code t} is a deadline: "due 2010", "due in 2010", "due by March". */
    public boolean isDeadline(int t) {
        boolean preposition = tokenIs(t - 1, "in") || tokenIs(t - 1, "on") || tokenIs(t - 1, "by");
        // also the end of what an act extends: "a memorandum ... extending the programme until December 2026"
        return tokenIs(t - 1, "due") || preposition && tokenIs(t - 2, "due") || afterUntil(t);
    }

    /** Whether a clause about another event opens between the tokens: "..., and the visit is expected ...", "whose visit". */
    private boolean eventClauseBetween(int from, int to) {
        for (CueMatch c : cues) {
            if (c.tokStart() > from && c.tokStart() < to && c.is(CueKind.EVENT_ANAPHOR)
                    && (tokenIs(c.tokStart() - 1, "and") || tokenIs(c.tokStart(), "whose"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause with a subject of its own starts between the tokens: "and" or "which", then a mention or "it",
     * then a trigger ("..., and the Working Group visited", "which it had signed"). Not "signed and ratified" (one
     * subject) nor "the session held in".
     */
    private boolean subjectClauseBetween(int from, int to) {
        for (CueMatch c : cues) {
            if (c.tokStart() <= from || c.tokStart() >= to || !isTrigger(c)) {
                continue;
            }
            for (int a = from + 1; a < c.tokStart(); a++) {
                final int joint = a;
                boolean opens = tokenIs(a, "and") || tokenIs(a, "which") || tokenIs(a, "who");
                boolean subject = mentions.stream().anyMatch(m -> m.tokStart() > joint && m.tokEnd() <= c.tokStart())
                        || tokenIs(a + 1, "it") || tokenIs(a + 1, "they"); // "which it had signed in 1986"
                if (opens && subject) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<CueKind> TRIGGERS = Set.of(CueKind.TREATY, CueKind.REPORT, CueKind.VISIT, CueKind.MEETING,
            CueKind.EXCHANGE_VERB, CueKind.AGREEMENT_VERB, CueKind.INVITATION, CueKind.ATTENDANCE, CueKind.MEMBERSHIP);

    /**
     * Whether a trigger between {@code from} and a date at {@code t} (before the own trigger at {@code own}) owns the
     * date: "signed X in 1997 and ratified Y" (1997 is the signing's), but not across a new conjunct ("was elected in
     * May 2006, and in 2009 it was re-elected": 2009 opens the re-election's clause).
     */
    private boolean earlierTriggerOwns(int from, int t, int own) {
        for (CueMatch c : cues) {
            if (isOtherTrigger(c, from, t, own) && !conjunctionBetween(c.tokEnd(), t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An "and" between the tokens that joins clauses or predicates, not one inside a name ("Civil and Political") nor
     * one that only adds an object ("acceded to the ICCPR and to the ICESCR, both in February 2006").
     */
    private boolean conjunctionBetween(int from, int to) {
        for (int i = Math.max(from, 0); i < Math.min(to, tokens.size()); i++) {
            if (tokens.get(i).is("and") && !overlapsMention(i, i + 1) && !addsTreaty(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a treaty's name starts at {@code tok}, after "to" or "the" at most. */
    private boolean addsTreaty(int tok) {
        int at = tok;
        while (at < tokens.size() && at - tok < 2 && (tokenIs(at, "to") || tokenIs(at, "the"))) {
            at++;
        }
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.TREATY && m.tokStart() >= tok && m.tokStart() <= at) {
                return true;
            }
        }
        return false;
    }

    private boolean triggerBetween(int from, int to, int own) {
        for (CueMatch c : cues) {
            if (isOtherTrigger(c, from, to, own)) {
                return true;
            }
        }
        return false;
    }

    /** A trigger that starts strictly between {@code from} and {@code to} and is not the one at {@code own}. */
    private static boolean isOtherTrigger(CueMatch c, int from, int to, int own) {
        return c.tokStart() > from && c.tokStart() < to && !(c.tokStart() <= own && own < c.tokEnd()) && isTrigger(c);
    }

    private static boolean isTrigger(CueMatch c) {
        return c.meanings().stream().anyMatch(m -> TRIGGERS.contains(m.kind()));
    }

    /** A cue's status meaning, as a status word or as a verb that carries one ("has been called off"), else null. */
    public static String statusOf(CueMatch c) {
        String status = c.value(CueKind.STATUS);
        return status != null ? status : c.value(CueKind.EXCHANGE_VERB);
    }

    /** How many sentences back "the symposium", "her stay", "the meeting" may reach. */
    private static final int EVENT_REFERENCE_REACH = 3;
    /** How many sentences back a capitalised "the Dialogue" looks for the exchange a release is about. */
    private static final int PROPER_REACH = 30;

    /** How many sentences back "in the margins of the Dialogue" may reach. */
    private static final int MARGINS_REACH = 12;
    /**
     * Words naming a part of an event before "of <the event>": an explicit reference that reaches across paragraphs
     * ("In the margins of the Dialogue"), and, for "close"/"end"/"conclusion" and "opening", a day of its span.
     */
    private static final Set<String> EVENT_FRAMES = Set.of("margins", "margin", "sidelines", "occasion", "weeks", "days", "close", "end",
            "conclusion", "opening", "course");
    private static final Set<String> EVENT_ENDS = Set.of("close", "end", "conclusion");

    /** The word framing an event anaphor ("close" in "at the close of the dialogue"), or null. */
    private String frameOf(CueMatch anaphor) {
        Token frame = tokenIs(anaphor.tokStart() - 1, "of") ? token(anaphor.tokStart() - 2) : null;
        if (frame != null && frame.is("day")) { // "on the last day of the visit", "on the first day of the seminar"
            Token which = token(anaphor.tokStart() - 3);
            return which == null ? null : which.is("last") || which.is("final") || which.is("closing") ? "end"
                    : which.is("first") || which.is("opening") ? "opening" : null;
        }
        return frame != null && EVENT_FRAMES.contains(frame.norm()) ? frame.norm() : null;
    }

    /** Words that may stand between "the" and an office: "the new UN High Commissioner", "the newly appointed ...". */
    private static final Set<String> TITLE_ADJECTIVES = Set.of("new", "newly", "appointed", "elected", "incoming",
            "outgoing", "current", "recently");

    /** Past "the new", "the newly appointed" before an office at {@code from}: where the office starts, else {@code from}. */
    public int pastTitleAdjectives(int from) {
        if (!tokenIs(from, "the")) {
            return from;
        }
        int k = from + 1;
        while (k < tokens.size() && TITLE_ADJECTIVES.contains(tokens.get(k).norm())) {
            k++;
        }
        return k > from + 1 && k < tokens.size() && tokens.get(k).isCapitalised() ? k : from;
    }

    /** The first token after a paragraph's number ("3. During the Dialogue, ..."), else 0. */
    private int afterParagraphNumber() {
        return tokens.size() > 2 && tokens.get(0).isNumber() && (tokenIs(1, ".") || tokenIs(1, ")")) ? 2 : 0;
    }

    /** The event an anaphor between the tokens refers to ("the symposium", "during her stay"), or null. */
    public EventRecord eventReferredTo(int fromTok, int toTok) {
        for (CueMatch c : cues) {
            String kind = c.value(CueKind.EVENT_ANAPHOR);
            if (kind != null && !kind.equals("NEXT") && !kind.equals("PREVIOUS") && c.tokStart() >= fromTok
                    && c.tokStart() < toTok) {
                EventRecord e = discourse.lastEvent(kind);
                // "the Dialogue", capitalised as a proper name, is the one the release is about (its first), not a
                // round it mentioned since ("built on the outcomes of the 14th ... Dialogue")
                boolean proper = c.tokEnd() - c.tokStart() == 2 && tokens.get(c.tokStart() + 1).isCapitalised()
                        && !kind.equals("ANY") && !kind.equals("VISIT") && !kind.equals("AGREEMENT");
                // "During the session, the Committee examined ...": in a session's release, the session it is about
                // (not "During that session, ...": the session just named, held or not)
                boolean duringSession = kind.equals("SESSION") && tokenIs(c.tokEnd(), ",") && !tokenIs(c.tokStart(), "that")
                        && (tokenIs(c.tokStart() - 1, "during") || tokenIs(c.tokStart() - 1, "throughout"));
                EventRecord main = proper || duringSession
                        ? discourse.latestHeldEvent(kind, sentence.index() - PROPER_REACH) : null;
                if (main != null) {
                    e = main;
                }
                if (e == null) {
                    continue;
                }
                // "In the margins of the Dialogue, ...": an explicit reference reaches further, across paragraphs
                boolean margins = frameOf(c) != null;
                int back = sentence.index() - e.sentence();
                // (the release's own "Dialogue", found by name, as far back as it was named)
                int marginsReach = main != null ? PROPER_REACH : MARGINS_REACH;
                // (and the release's own "The Dialogue" as a sentence's subject, in a later paragraph: "The Dialogue was
                // co-chaired by ...";
                // or fronted: "During the Dialogue, the AU invited ...")
                int opening = afterParagraphNumber();
                boolean properSubject = main != null && back <= PROPER_REACH
                        && (c.tokStart() == opening || c.tokStart() <= opening + 4 && tokenIs(c.tokEnd(), ","));
                if (back <= EVENT_REFERENCE_REACH && sentence.paragraph() == e.paragraph() || margins && back <= marginsReach
                        || properSubject) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Keeps the event this sentence reported ({@code kind}: an exchange format, VISIT or AGREEMENT) for the sentences
     * that refer to it later ("the symposium", "during her stay", "the next round").
     */
    public void remember(String kind, FactDraft draft, String fullName) {
        Fact fact = new Fact(null, draft.type(), draft.fields(), draft.date(), draft.status(), null, null,
                draft.confidence(), null, null);
        discourse.remember(new EventRecord(kind, fact, fullName, sentence.index(), sentence.paragraph()));
    }

    /** A mention in a "with"/"to"/"between" list is an object, not the subject of the next verb. */
    public boolean isObject(Mention m) {
        Mention first = coordinatedLeft(m, Roles.PARTY).get(0);
        int before = first.tokStart() - 1;
        return tokenIs(before, "with") || tokenIs(before, "to") || tokenIs(before, "between")
                || tokenIs(before, "and") && tokenIs(before - 1, "between") || objectOfVerb(before);
    }

    private static final Set<CueKind> TRANSITIVE = Set.of(CueKind.VISIT, CueKind.MEETING, CueKind.INVITATION);

    /** "delegations visited Sweden and Norway, and held ...": the states visited are objects, not the hosts. */
    private boolean objectOfVerb(int tok) {
        for (CueMatch c : cues) {
            if (c.tokEnd() - 1 == tok && c.meanings().stream().anyMatch(m -> TRANSITIVE.contains(m.kind()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The visit the previous sentence of the paragraph reported for this visitor ("Ban Ki-moon visited China in July
     * 2010. He met with President Hu Jintao."): what the visitor did next happened during it. Null if none.
     */
    public EventRecord visitJustReportedBy(String visitorId) {
        return visitJustReportedBy(visitorId, null);
    }

    /**
     * As above; of several visits the sentence before reported, the one to {@code country} where given ("visits to
     * Mexico ... and to Venezuela ..." then "In Caracas, the High Commissioner met ...").
     */
    public EventRecord visitJustReportedBy(String visitorId, String country) {
        EventRecord found = null;
        for (EventRecord e : discourse.eventsOf("VISIT", sentence.index() - 1)) {
            EntityRef visitor = e.fact().entity("visitor");
            EntityRef destination = e.fact().entity("destination");
            if (sentence.paragraph() == e.paragraph() && visitor != null && visitorId.equals(visitor.id())) {
                if (country == null || destination != null && country.equals(destination.id())) {
                    return e;
                }
                found = found == null ? e : found;
            }
        }
        return found;
    }

    /**
     * "the two delegations co-hosted a round table", "the two heads of delegation signed a Memorandum": the sides of
     * the last exchange of two, where such a phrase stands in [from, to); empty otherwise.
     */
    public List<Mention> sidesReferredTo(int from, int to) {
        CueMatch sides = firstCue(CueKind.SIDES, from, to);
        EventRecord last = sides == null ? null : discourse.lastExchange();
        List<EntityRef> refs = last == null ? List.of() : last.fact().entities("participants");
        if (refs.size() != 2) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (EntityRef ref : refs) {
            MentionKind kind = ref.id().startsWith("org:") ? MentionKind.ORG : MentionKind.STATE;
            out.add(new Mention(kind, ref.id(), sides.tokStart(), sides.tokEnd(), sides.start(), sides.end(),
                    doc.substring(sides.start(), sides.end()), kind == MentionKind.STATE ? ref.id() : null, null, true));
        }
        return out;
    }

    /**
     * The date an act inherits from the event it refers to: "At the close of the dialogue" is the last day of the
     * dialogue's span, "at the opening of" its first; otherwise the event's date as it is.
     */
    public String dateWithin(EventRecord event, int fromTok, int toTok) {
        String date = event.fact().date();
        if (date == null || date.indexOf('/') < 0) {
            return date;
        }
        for (CueMatch c : cues) {
            String frame = c.is(CueKind.EVENT_ANAPHOR) && c.tokStart() >= fromTok && c.tokStart() < toTok ? frameOf(c) : null;
            if (frame != null && EVENT_ENDS.contains(frame)) {
                return date.substring(date.indexOf('/') + 1);
            }
            if ("opening".equals(frame)) {
                return date.substring(0, date.indexOf('/'));
            }
        }
        return date;
    }

    /** The exchange this sentence reported under that name (its full name ends with it), or null. */
    public EventRecord exchangeReportedHere(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        EventRecord last = discourse.lastExchange();
        if (last == null || last.sentence() != sentence.index() || last.fullName() == null) {
            return null;
        }
        String full = last.fullName().toLowerCase(Locale.ROOT);
        return full.endsWith(wanted) || wanted.endsWith(full) ? last : null;
    }

    /** How many sentences back a person's visit dates what the person did without a date of its own. */
    private static final int VISIT_CONTEXT_REACH = 6;

    /**
     * The visit a person made that the text reported shortly before, in any paragraph: a press release reports the
     * visit, then the meetings of it ("In Tashkent, the Special Rapporteur met with ..."). Null for a body or state,
     * which visit and meet on many occasions, and when the text has moved on to another visit.
     */
    public EventRecord visitRecentlyReportedBy(Mention participant) {
        // a person, or a visiting body ("In Colombo, the Working Group also met ..."), not a state
        if (participant.kind() != MentionKind.PERSON && participant.kind() != MentionKind.ORG || participant.id() == null) {
            return null;
        }
        EventRecord last = discourse.lastEvent("VISIT");
        EntityRef visitor = last == null ? null : last.fact().entity("visitor");
        return visitor != null && participant.id().equals(visitor.id()) && last.fact().status() == null
                && sentence.index() - last.sentence() <= VISIT_CONTEXT_REACH ? last : null;
    }

    /**
     * "the Ministry of Foreign Affairs" with no state named: that kind of body of {@code state} (org:CHN-MFA), where
     * the phrase at {@code tok} (after an optional "the") is one, else null. The state comes from the context: the
     * host of a visit.
     */
    public EntityRef bareNationalBody(int tok, String state) {
        int at = tokenIs(tok, "the") ? tok + 1 : tok;
        if (state == null || at >= tokens.size() || !tokens.get(at).isWord()) {
            return null;
        }
        PhraseTrie.Match<EntityEntry> m = kb.entities().longestAt(tokens, at);
        if (m == null || m.value().kind() != EntityKind.BODY_NAME) {
            return null;
        }
        return new EntityRef("org:" + state + "-" + m.value().id(), text(tok, m.end()));
    }

    // ---- places ----

    public record PlaceHit(Place place, int start, int end, int tokEnd) {
    }

    /** "in Beijing", "in Bangkok, Thailand", "in Chongqing, China", "in China", "in Xyz, Viet Nam". */
    public PlaceHit placeIn(int fromTok, int toTok) {
        for (int i = Math.max(fromTok, 0); i < toTok; i++) {
            if (!tokens.get(i).is("in")) {
                continue;
            }
            int j = i + 1;
            if (tokenIs(j, "the") && token(j + 2) != null && (tokenIs(j + 2, "capital") || tokenIs(j + 2, "city"))) {
                j += 3; // "in the Fijian capital Suva", "in the coastal city Durban"
            }
            Mention m = firstRight(j, j + 2, x -> x.kind() == MentionKind.CITY || x.kind() == MentionKind.STATE && !x.inferred());
            if (m != null && (m.tokStart() == j || m.tokStart() == j + 1 && tokenIs(j, "the"))) {
                if (m.kind() == MentionKind.CITY) {
                    String country = m.country();
                    int end = m.end();
                    int tokEnd = m.tokEnd();
                    if (tokenIs(m.tokEnd(), ",")) {
                        Mention state = firstRight(m.tokEnd() + 1, m.tokEnd() + 2, x -> x.kind() == MentionKind.STATE);
                        if (state != null) {
                            country = state.id();
                            end = state.end();
                            tokEnd = state.tokEnd();
                        }
                    }
                    return new PlaceHit(new Place(m.text(), country), m.start(), end, tokEnd);
                }
                String name = m.text().startsWith("the ") || m.text().startsWith("The ") ? m.text().substring(4) : m.text();
                return new PlaceHit(new Place(name, m.id()), m.start(), m.end(), m.tokEnd());
            }
            Token t = token(j);
            if (t != null && t.isWord() && t.isCapitalised() && !kb.isNameStopword(t.norm()) && tokenIs(j + 1, ",")) {
                Mention state = firstRight(j + 2, j + 3, x -> x.kind() == MentionKind.STATE);
                if (state != null) {
                    return new PlaceHit(new Place(t.text(), state.id()), t.start(), state.end(), state.tokEnd());
                }
            }
        }
        return datelineHere(fromTok, toTok);
    }

    /** "BEIJING, Nov. 5, 2019 (Xinhua) -- ... met with ... here": "here" is the dateline's city. */
    private PlaceHit datelineHere(int fromTok, int toTok) {
        int here = findWord("here", Math.max(fromTok, 0), toTok);
        Mention city = here < 0 || mentions.isEmpty() ? null : mentions.get(0);
        if (city == null || city.kind() != MentionKind.CITY || city.tokStart() != 0 || !tokenIs(city.tokEnd(), ",")) {
            return null;
        }
        String name = city.text().equals(city.text().toUpperCase(Locale.ROOT)) && city.id() != null
                ? city.id() : city.text(); // "BEIJING" is Beijing
        Token t = tokens.get(here);
        return new PlaceHit(new Place(name, city.country()), t.start(), t.end(), here + 1);
    }

    // ---- phrases ----

    /** "to attend the symposium", "to visit China": an infinitive clause starting at {@code tok}, up to a comma. */
    public String infinitive(int tok, int limit) {
        if (!tokenIs(tok, "to") || token(tok + 1) == null || !token(tok + 1).isWord() || token(tok + 1).isCapitalised()) {
            return null;
        }
        int end = tok + 1;
        while (end < limit && !tokens.get(end).is(",") && !tokens.get(end).is(";") && !tokens.get(end).is(".")
                && !tokens.get(end).is("(") && !datePhraseAt(end)) {
            end++;
        }
        return text(tok, end);
    }

    /** "in 2013", "from 10 to 20 March", "on 5 May": a date, or a preposition that opens one, at token {@code tok}. */
    private boolean datePhraseAt(int tok) {
        int at = tokenIs(tok, "in") || tokenIs(tok, "on") || tokenIs(tok, "from") || tokenIs(tok, "during") ? tok + 1 : tok;
        Token t = token(at);
        return t != null && dates.stream().anyMatch(d -> d.start() == t.start());
    }

    /** Status of the clause around {@code tok} from a cue value or a modal before it: PLANNED, POSTPONED, CANCELLED. */
    public String statusAround(int fromTok, int toTok, String cueValue) {
        if ("PLANNED".equals(cueValue) || "POSTPONED".equals(cueValue) || "CANCELLED".equals(cueValue)) {
            return cueValue;
        }
        CueMatch status = null;
        for (CueMatch c : cues) {
            // not "..., postponed from the previous year, is held": moved from then, held now
            if (c.is(CueKind.STATUS) && c.tokStart() >= Math.max(0, fromTok) && c.tokStart() < toTok
                    && !tokenIs(c.tokEnd(), "from")) {
                status = c;
            }
        }
        return status == null ? null : status.value(CueKind.STATUS);
    }

    /** "the Council for the 2020-2022 term", "... for the period 2019-2021": a time after "the", no name going on. */
    private static boolean timeAfterThe(List<Token> tokens, int at) {
        Token t = at < tokens.size() ? tokens.get(at) : null;
        return t != null && (t.isNumber() || t.is("period") || t.is("term"));
    }

    /**
     * Whether the sentence names another's report on the state: "the Commission transmitted to the Committee a
     * parallel report", "submitted its own independent report" (a national institution's, not the state's own).
     */
    public boolean namesAReportNotOfTheState() {
        Set<String> words = kb.words("reports-not-of-the-state");
        for (CueMatch c : cues(CueKind.REPORT_NOUN)) {
            for (int k = Math.max(0, c.tokStart() - 2); k < c.tokStart(); k++) {
                if (words.contains(tokens.get(k).norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a reference ("the memorandum") is only the start of a longer cue read from its second word ("the
     * memorandum of understanding signed by ..."): the longer cue names the thing, the reference yields to it.
     */
    private static boolean yieldsToLongerCue(List<Token> tokens, PhraseTrie<List<Cue>> trie, PhraseTrie.Match<List<Cue>> m) {
        if (m.end() - m.start() < 2 || !tokens.get(m.start() + 1).isWord()) {
            return false;
        }
        PhraseTrie.Match<List<Cue>> inner = trie.longestAt(tokens, m.start() + 1);
        return inner != null && inner.end() > m.end() && !isAnaphor(inner.value());
    }
}
