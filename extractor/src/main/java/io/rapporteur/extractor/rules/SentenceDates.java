package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.date.DateFinder;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.segment.Token;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of one sentence as a reader settles them: a month without a year takes the year of its list, of the
 * sentence or of the narrative; "this year", "last month", "today", "on Tuesday", "the next day", "two days later", "the
 * third day of the visit" and the like become days counted from the dateline, the entry heading or the event the
 * sentence refers to. Run once, while the view is read.
 */
final class SentenceDates {

    private final SentenceView v;

    SentenceDates(SentenceView v) {
        this.v = v;
    }

    /** Settles the dates the finder found into the view's list, each step relying on the ones before it. */
    void settle(List<DateMention> found) {
        settleYears(found.stream().filter(d -> !yearOfAQuotedTitle(d)).toList());
        // offsets from year 0 when the text has set no year yet: a year written earlier in the sentence may anchor them
        monthsOfRelativeYears(DateFinder.findRelative(v.doc, v.sentence.start(), v.sentence.end(),
                v.discourse.year() == null ? 0 : v.discourse.year(),
                v.discourse.dateline() != null && v.discourse.dateline().year() != null ? v.discourse.dateline().year()
                        : v.discourse.year() == null ? 0 : v.discourse.year()));
        coveredYears();
        todayFromDateline();
        dayBesideTheDateline();
        weekdayFromDateline();
        entryHeadingDate(); // after the days told from the dateline: "25 July 2019" then "on Tuesday" is the 23rd
        lastDayOfTheVisit();
        nthDayOfTheVisit();
        followingDay();
        dayBeforeOrAfterEvent();
        daysApart();
        sameMonth();
        firstScheduleSuperseded();
        v.dates.sort(Comparator.comparingInt(DateMention::start));
    }

    /** The most words of a quoted title whose year is a name's: "A Joint Vision for 2030". */
    private static final int MAX_QUOTED_TITLE_WORDS = 8;

    /**
     * Whether the date is a bare year inside a short quoted title, part of its name: the Declaration "A Joint Vision
     * for 2030", "Agenda 2063"; not a date of the story (a quoted speech's dates are longer and stay).
     */
    private boolean yearOfAQuotedTitle(DateMention d) {
        if (d.to() != null || d.from().month() != null || !d.hasYear()) {
            return false;
        }
        String sentence = v.doc.substring(v.sentence.start(), v.sentence.end());
        int at = d.start() - v.sentence.start();
        int open = Math.max(sentence.lastIndexOf('"', at - 1), sentence.lastIndexOf('\u201C', at - 1));
        if (open < 0 || sentence.substring(0, open).chars().filter(c -> c == '"').count() % 2 != 0) {
            return false; // (the quote before it closes an earlier one)
        }
        int close = -1;
        for (int k = d.end() - v.sentence.start(); k < sentence.length(); k++) {
            char c = sentence.charAt(k);
            if (c == '"' || c == '\u201D') {
                close = k;
                break;
            }
        }
        return close > 0 && sentence.substring(open + 1, close).trim().split("\\s+").length <= MAX_QUOTED_TITLE_WORDS;
    }

    /**
     * Adds "the same year", "the following year" as dates; a month written just before ("in July of the same year",
     * "in October of the following year") takes that year, and the two are one date.
     */
    private void monthsOfRelativeYears(List<DateMention> relative) {
        for (DateMention found : relative) {
            String phrase = v.doc.substring(found.start(), found.end()).toLowerCase(Locale.ROOT);
            // "... in November 2016 and ... earlier this year" in a release of 2017: the release's year, whatever the
            // sentence wrote before it
            boolean spoken = !phrase.startsWith("the ") && (phrase.endsWith("this year") || phrase.endsWith("last year")
                    || phrase.endsWith("next year")) && v.discourse.dateline() != null && v.discourse.dateline().year() != null;
            // "In January 2010 ..., and in July of the same year": the year written earlier in the sentence, not the
            // year the text had before it
            DateMention earlier = spoken ? null : v.dates.stream().filter(d -> d.end() <= found.start() && d.lastYear() != null
                    && v.doc.substring(d.start(), d.end()).matches(".*\\d{4}.*")).reduce((a, b) -> b).orElse(null);
            int current = v.discourse.year() == null ? 0 : v.discourse.year();
            Integer base = spoken ? Integer.valueOf(current) : earlier != null ? earlier.lastYear() : v.discourse.year();
            if (base == null) {
                continue; // "the following year" with no year to count from
            }
            DateMention year = new DateMention(found.start(), found.end(),
                    new PartialDate(base + found.from().year() - current, null, null), null, found.adverbial());
            DateMention month = v.dates.stream().filter(d -> d.to() == null && d.from().month() != null && d.end() <= year.start()
                    && v.doc.substring(d.end(), year.start()).strip().equals("of")).findFirst().orElse(null);
            if (month == null) {
                v.dates.add(year);
                continue;
            }
            v.dates.remove(month);
            v.dates.add(new DateMention(month.start(), year.end(), new PartialDate(year.from().year(),
                    month.from().month(), month.from().day()), null, month.adverbial()));
        }
    }

    private static final Pattern THESE_YEARS = Pattern.compile("\\b(?:[Tt]hese|[Tt]hose) (\\w+) years\\b");

    /**
     * "During these two years, China held consultations with ...": the years the report's title says it covers, when
     * their count is the one written.
     */
    private void coveredYears() {
        int[] covered = v.discourse.coveredYears();
        if (covered == null) {
            return;
        }
        Matcher m = THESE_YEARS.matcher(v.doc).region(v.sentence.start(), v.sentence.end());
        while (m.find()) {
            Integer count = v.kb.cardinal(m.group(1).toLowerCase(Locale.ROOT));
            if (count != null && count == covered[1] - covered[0] + 1) {
                v.dates.add(new DateMention(m.start(), m.end(), new PartialDate(covered[0], null, null),
                        new PartialDate(covered[1], null, null), true));
            }
        }
    }

    /** Whether the sentence names a day of its own, so that no day is told from the context ("today", "on Monday"). */
    private boolean writesADay() {
        return v.dates.stream().anyMatch(DateMention::namesADay);
    }

    /**
     * "20 January 2014 - Hanoi" then "The annual EU-Viet Nam Human Rights Dialogue was held in Hanoi ...": that day. Not
     * for a headline under a release's date line ("20.06.2022" then "Eleventh ... Dialogue held in Bern"): the
     * headline's event may be days older, and the body dates it.
     */
    private void entryHeadingDate() {
        DateMention entry = v.discourse.entryDateFor(v.sentence.index());
        if (entry == null || v.sentence.heading() || v.tokens.isEmpty() || writesADay()) {
            return;
        }
        Token first = v.tokens.get(0);
        v.dates.add(new DateMention(first.start(), first.start(), entry.from(), entry.to(), true));
    }

    /**
     * "The Working Group today concluded its visit" under a dateline "GENEVA (13 December 2019)" on a line of its own:
     * "today" is the dateline's date, where the sentence gives no full date of its own.
     */
    private void todayFromDateline() {
        PartialDate dateline = v.discourse.dateline();
        int today = v.findWord("today", 0, v.tokens.size());
        for (int k = 0; today < 0 && k + 1 < v.tokens.size(); k++) { // "opened this morning", "this afternoon closed"
            if (v.tokens.get(k).is("this") && (v.tokens.get(k + 1).is("morning") || v.tokens.get(k + 1).is("afternoon")
                    || v.tokens.get(k + 1).is("evening"))) {
                today = k;
            }
        }
        if (dateline != null && today >= 0) {
            v.discourse.todaySaidIn(v.sentence.index());
        }
        if (dateline == null || today < 0 || writesADay()) {
            return;
        }
        Token t = v.tokens.get(today);
        v.dates.add(new DateMention(t.start(), t.end(), dateline, null, true));
    }

    /**
     * "held the tenth round of their dialogue in Brussels yesterday", "the review will begin tomorrow": the day before
     * or after the dateline's, where the sentence gives no full date of its own.
     */
    private void dayBesideTheDateline() {
        PartialDate release = v.releaseDayOfTheSentence();
        if (release == null || v.dates.stream().anyMatch(d -> d.namesADay() && !v.opensAsDateline(d))) {
            return;
        }
        for (int i = 0; i < v.tokens.size(); i++) {
            int shift = v.tokens.get(i).is("yesterday") ? -1 : v.tokens.get(i).is("tomorrow") ? 1 : 0;
            if (shift != 0) {
                LocalDate day = LocalDate.of(release.year(), release.month(), release.day()).plusDays(shift);
                v.dates.add(new DateMention(v.tokens.get(i).start(), v.tokens.get(i).end(), PartialDate.ofDay(day), null, true));
                return;
            }
        }
    }

    /**
     * "On Wednesday, the High Commissioner held talks with ..." in a release dated Friday 12 May 2017: the last such
     * weekday on or before the dateline's date, where the sentence gives no full date of its own.
     */
    private void weekdayFromDateline() {
        PartialDate release = v.releaseDayOfTheSentence();
        // (a day the sentence gives as an end does not date its start: "opened on Monday and continues until 16 November")
        if (release == null
                || v.dates.stream().anyMatch(d -> d.namesADay() && !v.opensAsDateline(d) && !v.afterUntil(v.tokenAt(d.start())))) {
            return;
        }
        for (int i = 1; i < v.tokens.size(); i++) {
            int weekday = SentenceView.WEEKDAYS.indexOf(v.tokens.get(i).norm());
            if (weekday < 0 || !v.tokens.get(i).isCapitalised() || !(v.tokenIs(i - 1, "on") || v.tokenIs(i - 1, "last"))) {
                continue;
            }
            LocalDate day = LocalDate.of(release.year(), release.month(), release.day());
            int second = i + 2 < v.tokens.size() && v.tokenIs(i + 1, "and") ? SentenceView.WEEKDAYS.indexOf(v.tokens.get(i + 2).norm()) : -1;
            if (second > weekday) { // "on Wednesday and Thursday": the two days, the second on or before the dateline
                LocalDate last = SentenceView.lastOnOrBefore(day, second);
                v.dates.add(new DateMention(v.tokens.get(i).start(), v.tokens.get(i + 2).end(),
                        PartialDate.ofDay(last.minusDays(second - weekday)), PartialDate.ofDay(last), true));
                return;
            }
            Token t = v.tokens.get(i);
            if (v.findWord("will", 0, i) >= 0 && !v.tokenIs(i - 1, "last")) {
                // "Bachelet will travel to Bishkek on Saturday": the first such day after the release's
                LocalDate next = firstAfter(day, weekday);
                // "... on Saturday for a visit to Kyrgyzstan that runs until Monday": to that day
                PartialDate to = null;
                for (int k = i + 1; k < v.tokens.size(); k++) {
                    int until = SentenceView.WEEKDAYS.indexOf(v.tokens.get(k).norm());
                    if (until >= 0 && v.tokenIs(k - 1, "until")) {
                        to = PartialDate.ofDay(firstAfter(next, until));
                        break;
                    }
                }
                v.dates.add(new DateMention(t.start(), t.end(), PartialDate.ofDay(next), to, true));
                return;
            }
            // "ended last Friday" in a release of a Friday: the week before, not the day itself
            LocalDate before = v.tokenIs(i - 1, "last") ? SentenceView.lastOnOrBefore(day.minusDays(1), weekday) : SentenceView.lastOnOrBefore(day, weekday);
            v.dates.add(new DateMention(t.start(), t.end(), PartialDate.ofDay(before), null, true));
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
        for (int i = 0; i + 4 < v.tokens.size(); i++) {
            if (!(v.tokenIs(i, "final") || v.tokenIs(i, "last") || v.tokenIs(i, "closing")) || !v.tokenIs(i + 1, "day")
                    || !v.tokenIs(i + 2, "of") || !(v.tokenIs(i + 4, "visit") || v.tokenIs(i + 4, "mission"))) {
                continue;
            }
            EventRecord visit = v.discourse.lastEvent("VISIT");
            String span = visit == null ? null : visit.fact().date();
            if (span == null || !span.contains("/") || span.length() != 21) {
                return;
            }
            v.dates.add(new DateMention(v.tokens.get(i).start(), v.tokens.get(i + 4).end(),
                    PartialDate.ofDay(LocalDate.parse(span.substring(11))), null, true));
            return;
        }
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
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            int nth = NTH_DAYS.indexOf(v.tokens.get(i).norm());
            if (nth < 0 || !v.tokenIs(i + 1, "day") || !v.theOrPossessive(i - 1)) {
                continue;
            }
            boolean ofVisit = v.tokenIs(i + 2, "of") && (v.tokenIs(i + 4, "visit") || v.tokenIs(i + 4, "mission")
                    || v.tokenIs(i + 5, "visit") || v.tokenIs(i + 5, "mission"));
            // "On the first day Mr Chen was received by ...": bare, the day of the event just reported with its days
            boolean bare = v.tokenIs(i - 1, "the") && !v.tokenIs(i + 2, "of");
            if (v.tokenIs(i - 1, "the") && !ofVisit && !bare) {
                continue; // "the first day of the session": not a visit's
            }
            String span = null; // the last visit reported with its days (not an earlier one the lead recalls by its month)
            for (int k = v.discourse.events().size() - 1; k >= 0 && span == null; k--) {
                EventRecord e = v.discourse.events().get(k);
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
            v.dates.add(new DateMention(v.tokens.get(i).start(), v.tokens.get(i + 1).end(), PartialDate.ofDay(day), null, true));
            return;
        }
    }

    /** The first day after {@code day} that falls on the weekday (0 for Monday, as {@link #WEEKDAYS}). */
    private static LocalDate firstAfter(LocalDate day, int weekday) {
        LocalDate d = day.plusDays(1);
        while (d.getDayOfWeek().getValue() - 1 != weekday) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * "On 7 May, the Committee met NGOs; two days later, it met ...", "Two days after the signing, she was received",
     * "a week later": so many days after (or before) the last full date, written earlier in the sentence or before it.
     */
    private void daysApart() {
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            Integer count = v.tokenIs(i, "a") ? Integer.valueOf(1) : v.tokens.get(i).isNumber()
                    ? Integer.valueOf(v.tokens.get(i).text().length() <= 2 ? Integer.parseInt(v.tokens.get(i).text()) : -1)
                    : v.kb.cardinal(v.tokens.get(i).norm());
            String unit = v.tokens.get(i + 1).norm();
            int days = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 0;
            String direction = v.tokens.get(i + 2).norm();
            int sign = direction.equals("later") || direction.equals("after") ? 1
                    : direction.equals("earlier") || direction.equals("before") ? -1 : 0;
            if (count == null || count < 1 || days == 0 || sign == 0) {
                continue;
            }
            int at = v.tokens.get(i).start();
            PartialDate last = v.dates.stream().filter(d -> d.end() <= at && d.namesADay())
                    .reduce((a, b) -> b).map(d -> d.to() != null ? d.to() : d.from()).orElse(v.discourse.lastDay());
            String base = last == null ? null : last.iso();
            // "Two days after the signing": counted from the agreement the text reported, not from the last date
            EventRecord signed = v.tokenIs(i + 3, "the") && v.tokenIs(i + 4, "signing") ? v.discourse.lastEvent("AGREEMENT") : null;
            if (signed != null && signed.fact().date() != null && signed.fact().date().length() == 10) {
                base = signed.fact().date();
            }
            if (base == null || base.length() != 10) {
                return;
            }
            LocalDate day = LocalDate.parse(base).plusDays((long) sign * count * days);
            v.dates.add(new DateMention(at, v.tokens.get(i + 2).end(),
                    PartialDate.ofDay(day), null, true));
            return;
        }
    }

    /**
     * "The sixth round, originally foreseen for October 2014, was held in Brussels on 27 November 2014": the date first
     * planned is no date of the event when the sentence tells another after it, and tells it held.
     */
    private void firstScheduleSuperseded() {
        if (v.calledOffOrPutOff()) {
            return; // "originally scheduled for November, was postponed to 2006": dated as first planned
        }
        for (CueMatch c : v.cues(CueKind.STATUS)) {
            Token first = v.token(c.tokStart());
            if (!(first.is("originally") || first.is("initially"))) {
                continue;
            }
            DateMention planned = v.dates.stream().filter(d -> v.tokenAt(d.start()) == c.tokEnd()).findFirst().orElse(null);
            if (planned != null && v.dates.stream().anyMatch(d -> d.start() > planned.end())) {
                v.dates.remove(planned);
            }
        }
    }

    /**
     * "Sri Lanka signs the Convention on 10 December 2015. In the same month, the Government extends ...": the month
     * (and year) of the last date the text gave with a month, where the sentence gives no month of its own.
     */
    private void sameMonth() {
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            boolean following = v.tokenIs(i, "the") && (v.tokenIs(i + 1, "following") || v.tokenIs(i + 1, "next"))
                    && v.tokenIs(i + 2, "month");
            if (following && v.discourse.lastMonth() != null) {
                // "The following month, the Philippines deposited ...": the month after the last one the text gave
                LocalDate next = LocalDate.of(v.discourse.lastMonth().year(), v.discourse.lastMonth().month(), 1).plusMonths(1);
                v.dates.add(new DateMention(v.tokens.get(i).start(), v.tokens.get(i + 2).end(),
                        new PartialDate(next.getYear(), next.getMonthValue(), null), null, true));
                return;
            }
            PartialDate now = v.discourse.dateline();
            boolean spoken = (v.tokenIs(i + 1, "last") || v.tokenIs(i + 1, "next") || v.tokenIs(i + 1, "this"))
                    && v.tokenIs(i + 2, "month") && !v.tokenIs(i, "the") && !v.tokenIs(i + 3, "of");
            if (spoken && now != null && now.year() != null && now.month() != null) {
                // "Last month we extended an invitation ...", "... will visit next month": counted from the dateline
                LocalDate base = LocalDate.of(now.year(), now.month(), 1)
                        .plusMonths(v.tokenIs(i + 1, "last") ? -1 : v.tokenIs(i + 1, "next") ? 1 : 0);
                v.dates.add(new DateMention(v.tokens.get(i + 1).start(), v.tokens.get(i + 2).end(),
                        new PartialDate(base.getYear(), base.getMonthValue(), null), null, true));
                return;
            }
            boolean thatMonth = (v.tokenIs(i, "earlier") || v.tokenIs(i, "later")) && v.tokenIs(i + 1, "that")
                    && v.tokenIs(i + 2, "month");
            if (thatMonth && v.discourse.lastMonth() != null && v.dates.stream().noneMatch(d -> d.iso() != null && d.iso().length() >= 7)) {
                // "Earlier that month, senior officials of Thailand and the European Union held ...": the month told last
                v.dates.add(new DateMention(v.tokens.get(i).start(), v.tokens.get(i + 2).end(), v.discourse.lastMonth(), null, true));
                return;
            }
            if (v.tokenIs(i, "the") && v.tokenIs(i + 1, "same") && v.tokenIs(i + 2, "month")) {
                // "On 14 March 2019, ... ratified ..., and in the same month Ethiopia acceded to ...": a month written
                // earlier in the sentence, else the last one the text gave
                int at = v.tokens.get(i).start();
                PartialDate month = v.dates.stream().filter(d -> d.end() <= at && d.iso() != null && d.iso().length() >= 7)
                        .reduce((a, b) -> b).map(d -> d.to() != null ? d.to() : d.from())
                        .map(d -> new PartialDate(d.year(), d.month(), null)).orElse(v.discourse.lastMonth());
                if (month != null) {
                    v.dates.add(new DateMention(at, v.tokens.get(i + 2).end(), month, null, true));
                }
                return;
            }
        }
    }

    /**
     * "The day after the Dialogue, Ms Hallum called on ...", "On the eve of the seminar, ...": a day counted from the
     * event the anaphor refers to (its last day after it, its first before it).
     */
    private void dayBeforeOrAfterEvent() {
        for (CueMatch c : v.cues) {
            String kind = c.value(CueKind.EVENT_ANAPHOR);
            int k = c.tokStart();
            boolean after = v.tokenIs(k - 1, "after") && v.tokenIs(k - 2, "day") && v.tokenIs(k - 3, "the");
            boolean before = v.tokenIs(k - 1, "before") && v.tokenIs(k - 2, "day") && v.tokenIs(k - 3, "the")
                    || v.tokenIs(k - 1, "of") && v.tokenIs(k - 2, "eve") && v.tokenIs(k - 3, "the");
            if (kind == null || !after && !before || writesADay()) {
                continue;
            }
            EventRecord event = v.events().referredTo(c.tokStart(), c.tokEnd());
            String span = event == null ? null : event.fact().date();
            String day = span == null ? null : after ? io.rapporteur.extractor.date.IsoDates.end(span)
                    : io.rapporteur.extractor.date.IsoDates.start(span);
            if (day == null || day.length() != 10) {
                continue;
            }
            LocalDate d = LocalDate.parse(day).plusDays(after ? 1 : -1);
            v.dates.add(new DateMention(v.tokens.get(k - 3).start(), c.end(),
                    PartialDate.ofDay(d), null, true));
            return;
        }
    }

    /**
     * "On 14 May, ... . The following day, the two delegations co-hosted a round table": the day after the last full
     * date the text gave, where the sentence gives no full date of its own.
     */
    private void followingDay() {
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            // also "At the same meeting, the Committee elected ...": the meeting the sentence before dated ("On the same
            // occasion, Angola signed ...": the day of the act just told)
            boolean sameMeeting = v.tokenIs(i, "the") && v.tokenIs(i + 1, "same")
                    && (v.tokenIs(i + 2, "meeting") || v.tokenIs(i + 2, "sitting") || v.tokenIs(i + 2, "date")
                    || v.tokenIs(i + 2, "occasion"));
            // also "That same afternoon, she and Mr. Kefi signed ...", "Later that evening ...": a part of that day
            boolean partOfDay = (v.tokenIs(i + 2, "afternoon") || v.tokenIs(i + 2, "morning") || v.tokenIs(i + 2, "evening"))
                    && (v.tokenIs(i, "that") || v.tokenIs(i, "the")) && v.tokenIs(i + 1, "same")
                    || (v.tokenIs(i + 2, "afternoon") || v.tokenIs(i + 2, "evening")) && v.tokenIs(i, "later") && v.tokenIs(i + 1, "that");
            // "Later in the day, on the sidelines of the session, Minister Retno met with ..."
            partOfDay |= v.tokenIs(i, "in") && v.tokenIs(i + 1, "the") && v.tokenIs(i + 2, "day")
                    && (v.tokenIs(i - 1, "later") || v.tokenIs(i - 1, "earlier"));
            sameMeeting |= partOfDay;
            if (!v.tokenIs(i + 2, "day") && !sameMeeting) {
                continue;
            }
            // "On 7 February 2016 he called on ..., and on the following day he held talks with ...": the day after
            // the one this sentence named before it, else after the one the text named last
            final int at = v.tokens.get(i).start();
            // (not a day a relative clause looked back to: "ratified X, which it had signed on 6 February 2007; on the
            // same day it ...")
            DateMention before = v.dates.stream().filter(d -> d.end() <= at && d.to() == null && d.from().day() != null
                    && d.from().year() != null && !inARelativeClause(d)).reduce((a, b) -> b).orElse(null);
            // a day the sentence before looked back to, in a section that has given no day of its own ("B. Positive
            // aspects. 4. ... ratified the Convention on 29 June 2011. 5. ... on the same day, it acceded to ...")
            PartialDate adjacent = v.discourse.lastDayInSection() ? null : v.discourse.dayWrittenIn(v.sentence().index() - 1);
            PartialDate last = before != null ? before.from() : adjacent != null ? adjacent : v.discourse.lastDay();
            // not where the sentence gives the day itself ("on the same day, 12 May,"); a day of another clause
            // later on ("..., and that it had acceded to ... a few days earlier, on 24 June 2011") is no such one
            // ("the next day, and on 26 September A deposited ...": a later clause's day, not this one's)
            final int dayWord = i + 2;
            final int phrase = i;
            if (before == null && (last == null || v.dates.stream().anyMatch(d -> d.namesADay()
                    && (v.tokenAt(d.start()) < phrase || v.tokenAt(d.start()) > dayWord && v.tokenAt(d.start()) <= dayWord + 2
                    && !v.tokenIs(v.tokenAt(d.start()) - 1, "and"))))) {
                continue;
            }
            boolean following = v.tokenIs(i, "the") && (v.tokenIs(i + 1, "following") || v.tokenIs(i + 1, "next"))
                    && v.tokenIs(i + 2, "day");
            if (following) {
                LocalDate next = LocalDate.of(last.year(), last.month(), last.day()).plusDays(1);
                v.dates.add(new DateMention(v.tokens.get(i).start(), v.tokens.get(i + 2).end(),
                        PartialDate.ofDay(next), null, true));
                return;
            }
            // "On the same day, she met ...", "Later that day she opened ...": the day the text last named
            boolean same = (v.tokenIs(i, "the") && v.tokenIs(i + 1, "same") || v.tokenIs(i + 1, "that")
                    && (v.tokenIs(i, "later") || v.tokenIs(i, "on") || v.tokenIs(i, "earlier"))) && v.tokenIs(i + 2, "day")
                    || sameMeeting;
            if (same) {
                v.dates.add(new DateMention(v.tokens.get(i).start(), v.tokens.get(i + 2).end(), last, null, true));
                return;
            }
        }
    }

    /** Whether the date stands in a relative clause: ", which Mongolia had signed on 6 February 2007". */
    private boolean inARelativeClause(DateMention d) {
        return v.relativeClauseComma(v.tokenAt(d.start()), 0) >= 0;
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
                v.dates.add(d);
                continue;
            }
            Integer year = null;
            for (int j = i + 1; j < found.size(); j++) {
                String between = v.doc.substring(found.get(j - 1).end(), found.get(j).start()).strip();
                if (!SentenceView.CONNECTORS.contains(between) && !between.equals("to") && !between.equals("-")) {
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
                year = d.from().month() >= v.discourse.lastMonth().month() ? later : later + 1;
            }
            if (year == null) {
                year = v.discourse.year();
            }
            if (year != null) {
                year = yearOfItsWeekday(d, year);
            }
            v.dates.add(year == null ? d : d.withYear(year));
        }
    }

    /**
     * The year of the month the text told last, where the sentence opens by counting on from it ("A month later,",
     * "Two weeks later,", "Three days later,"); null otherwise.
     */
    private Integer laterThanTheLastMonth() {
        PartialDate last = v.discourse.lastMonth();
        if (last == null || last.year() == null || last.month() == null) {
            return null;
        }
        for (int k = 1; k <= 3 && k < v.tokens.size(); k++) {
            if (v.tokenIs(k, "later") && (v.tokenIs(k - 1, "month") || v.tokenIs(k - 1, "months") || v.tokenIs(k - 1, "weeks")
                    || v.tokenIs(k - 1, "week") || v.tokenIs(k - 1, "days"))) {
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
        Matcher m = WEEKDAY_BEFORE.matcher(v.doc.substring(Math.max(0, d.start() - 12), d.start()));
        if (!m.find()) {
            return year;
        }
        String abbreviation = m.group(1).substring(0, 3).toLowerCase(Locale.ROOT);
        int weekday = SentenceView.WEEKDAYS.indexOf(SentenceView.WEEKDAYS.stream().filter(w -> w.startsWith(abbreviation)).findFirst().orElseThrow());
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

    /** The year written nearest before (else after) the date in the sentence, from a date that sets the scene. */
    private Integer nearestExplicitYear(List<DateMention> found, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (found.get(j).hasYear() && v.setsTheScene(found.get(j))) {
                return found.get(j).lastYear();
            }
        }
        // a later year of the sentence only when the text has set none: "On 13 November, ... signed a Memorandum ...
        // extending the mandate ... until the end of 2023" is in the year the text narrates
        for (int j = i + 1; j < found.size() && v.discourse.year() == null; j++) {
            // not a later term: "On October 25, the two sides signed a Programme ... for 2024-2026"
            if (found.get(j).hasYear() && v.setsTheScene(found.get(j)) && found.get(j).to() == null) {
                return found.get(j).lastYear();
            }
        }
        return null;
    }
}
