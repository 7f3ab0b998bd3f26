package io.rapporteur.extractor.engine;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.date.PartialDate;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time the text narrates in, brought up to date after each sentence: the last day, the last month, and the year
 * later months without a year take. Only some years move the narrative: a fronted one ("In 2005, ..."), the text's
 * first, a section's first, or one the sentence's facts are dated in; not a term of years, a publication line or a
 * year mentioned in passing. A title may also set the year the text covers ("... Human Rights in 2004").
 */
final class NarrativeTime {

    /** A year in a title line: the only one it writes. */
    private static final Pattern TITLE_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** A title's "in 2016" at its end: the year a review is about. */
    private static final Pattern TITLE_IN_YEAR = Pattern.compile("\\bin ((?:19|20)\\d\\d)\\s*$");
    /** Years a title says the text covers: "2016-2017", "2001–2003", "in 2016 and 2017", "from 2015 to 2019". */
    private static final Pattern TITLE_YEARS = Pattern.compile(
            "\\b((?:19|20)\\d\\d)\\s*(?:[-\u2013\u2014]|and|to)\\s*((?:19|20)\\d\\d)\\b");

    private NarrativeTime() {
    }

    static void follow(Discourse discourse, SentenceView view, String text, Sentence sentence, List<FactDraft> drafts) {
        for (DateMention d : view.dates()) {
            PartialDate last = d.to() != null ? d.to() : d.from();
            // a day the text looks back to ("... its signature of the Protocol on 28 September 2015" in 2018) is not
            // the one "on the same day" later means
            boolean lookingBack = discourse.year() != null && last.hasYear() && last.year() < discourse.year()
                    && !view.fronted(d);
            // nor is the day a term begins or ends ("for a four-year term beginning on 1 January 2019") a day of the story
            boolean termBound = boundsATerm(view, d);
            if (last.hasYear() && last.month() != null && last.day() != null && !lookingBack && !termBound) {
                discourse.lastDay(last);
            }
            if (last.hasYear() && last.month() != null && last.day() != null && d.to() == null && !termBound) {
                discourse.writtenDay(last, sentence.index()); // (not a span's end: "a term ... to 31 December 2018")
            }
            if (last.hasYear() && last.month() != null) {
                discourse.lastMonth(new PartialDate(last.year(), last.month(), null));
            }
            // only a fronted date ("In 2005, ...") turns the narrative back to an earlier year: "welcomed Viet Nam's
            // ratification of the CAT ..., both in February 2015" in a release on 2017 looks back, and "On 21
            // August" after it is still 2017
            boolean back = discourse.year() != null && d.lastYear() != null && d.lastYear() < discourse.year()
                    && !intoCoveredYears(discourse, d.lastYear());
            // a year mentioned in passing moves the narrative only when it has none yet ("... in 2014." at the start)
            // (or when it has only a publication line's, and this year is earlier: what a report published in April
            // 2014 narrates)
            boolean first = discourse.year() == null
                    || discourse.publicationYear() != null && d.lastYear() != null && d.lastYear() < discourse.publicationYear();
            // nor does a section's first year ("6.2 Reporting ... the Ministry finalised two reports in 2018. On 14
            // March, ..."): the year the section is about
            boolean sectionFirst = !discourse.sectionYearSet() && !back;
            // nor a term of years ("elected a member ... for the term from 2006 to 2010"): when it ends is no narrative
            boolean term = d.to() != null && d.from().year() != null && d.lastYear() != null
                    && !d.from().year().equals(d.lastYear()) && !view.fronted(d);
            // nor a publication line under the title ("China's Progress in Human Rights in 2004" / "April 2005,
            // Beijing"): the title's year is the one the text narrates
            boolean publication = sentence.heading() && !discourse.narrativeBegun() && discourse.year() != null
                    && d.lastYear() != null && d.lastYear() > discourse.year();
            // nor, in a text whose title says the year it covers, a later year mentioned in passing ("In 2004, ... and
            // in January 2005 it submitted ..."; then "In September" is still 2004)
            Integer covers = discourse.titleCoveredYear();
            publication |= covers != null && d.lastYear() != null && d.lastYear() > covers && !view.fronted(d);
            if (d.adverbial() && d.lastYear() != null && !term && !publication
                    && (view.fronted(d) || first || sectionFirst || !back && dates(drafts, d.lastYear()))
                    && view.writesItsYear(d) && view.setsTheScene(d)) {
                if (discourse.year() == null && publicationLine(view, sentence, discourse, d)) {
                    discourse.publicationYear(d.lastYear());
                } else {
                    discourse.year(d.lastYear());
                }
                discourse.sectionYearSet(true);
            }
        }
        // a title's year: "Annual Report 2014", "Progress in China's Human Rights in 2012" is the year the text is about
        // (a year in a name, which the date finder leaves out: "Annual Report 2014")
        // (the title may have been cut at "VIII." into sentences: its whole first paragraph counts)
        Matcher covered = (sentence.heading() || sentence.paragraph() == 0) && sentence.index() < DiscourseUpdate.OPENING_SENTENCES
                && discourse.coveredYears() == null
                ? TITLE_YEARS.matcher(sentence.text(text)) : null;
        if (covered != null && covered.find() && Integer.parseInt(covered.group(1)) < Integer.parseInt(covered.group(2))) {
            discourse.coveredYears(Integer.parseInt(covered.group(1)), Integer.parseInt(covered.group(2)));
        }
        if (sentence.heading() && sentence.index() < DiscourseUpdate.OPENING_SENTENCES && !discourse.narrativeBegun()
                && discourse.titleCoveredYear() == null) {
            Matcher inYear = TITLE_IN_YEAR.matcher(sentence.text(text));
            if (inYear.find()) {
                discourse.titleCoveredYear(Integer.parseInt(inYear.group(1))); // "... Human Rights in 2004"
            }
        }
        if (sentence.heading() && sentence.index() < DiscourseUpdate.OPENING_SENTENCES && discourse.year() == null) {
            Matcher year = TITLE_YEAR.matcher(sentence.text(text));
            String only = year.find() ? year.group() : null;
            if (only != null && !year.find()) {
                discourse.year(Integer.parseInt(only) - (yearAfterItsText(view, sentence.text(text)) ? 1 : 0));
            }
        } else if (sentence.heading() && sentence.index() < DiscourseUpdate.OPENING_SENTENCES && !discourse.narrativeBegun()) {
            // "HUMAN RIGHTS / Vol. 16, No. 2, March 2017 / China's ... Exchanges and Cooperation in 2016": the title's
            // year, not the issue's, is the one the text narrates in
            Matcher year = TITLE_IN_YEAR.matcher(sentence.text(text));
            if (year.find() && !year.find(year.end())) {
                year.reset().find();
                discourse.titleYear(Integer.parseInt(year.group(1)));
            }
        }
        if (!sentence.heading()) {
            discourse.narrativeBegun(true);
        }
    }

    /**
     * Whether a title names the year it came out, the year after the one it tells ("Diplomatic Bluebook 2024" covers
     * 2023, "Diplomatic White Paper 2016" 2015; kb word list "titles-of-the-year-after", "+" between a phrase's words).
     */
    private static boolean yearAfterItsText(SentenceView view, String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return view.kb.words("titles-of-the-year-after").stream().anyMatch(w -> lower.contains(w.replace('+', ' ')));
    }

    /** Words before "on" that make the day after it the bound of a term: "a term beginning on 1 January 2019". */
    private static final java.util.Set<String> TERM_BOUNDS = java.util.Set.of("beginning", "starting", "commencing",
            "ending", "expiring");

    /** Whether the date bounds a term: "for a four-year term beginning on 1 January 2019", "terms ending on ...". */
    private static boolean boundsATerm(SentenceView view, DateMention d) {
        int at = view.tokenAt(d.start());
        int bound = view.tokenIs(at - 1, "on") ? at - 2 : at - 1;
        return view.token(bound) != null && TERM_BOUNDS.contains(view.token(bound).norm())
                && (view.findWord("term", Math.max(0, bound - 3), bound) >= 0
                || view.findWord("terms", Math.max(0, bound - 3), bound) >= 0);
    }

    /**
     * Whether the date is a month and year under the title, before the text begins, written as when the text was
     * published: alone on its line, after "Published" or after the city ("Ulaanbaatar, April 2014", "(Dili, March
     * 2024)"); not a title's own month ("Monthly Brief, October 2019"), which is the month the text covers.
     */
    private static boolean publicationLine(SentenceView view, Sentence sentence, Discourse discourse, DateMention d) {
        if (!sentence.heading() || discourse.narrativeBegun() || d.to() != null || d.from().month() == null
                || d.from().day() != null) {
            return false;
        }
        int at = view.tokenAt(d.start());
        int before = at - 1;
        if (view.tokenIs(before, ",")) {
            Mention city = view.nearestLeft(before, m -> m.kind() == MentionKind.CITY);
            return city != null && city.tokEnd() == before;
        }
        return before < 0 || view.tokenIs(before, "(") || view.tokenIs(before, "published") || view.tokenIs(before, "issued");
    }

    /**
     * Whether a year takes the narrative from after the years the title says the text covers into them: "CSHRS ...
     * exchanges abroad in 2018-2019" dated "2020-01-10", then "From May 20 to 27, 2018, a delegation ...": the text
     * tells 2018, not a look back from 2020.
     */
    static boolean intoCoveredYears(Discourse discourse, int year) {
        int[] covered = discourse.coveredYears();
        return covered != null && discourse.year() > covered[1] && year >= covered[0] && year <= covered[1];
    }

    /**
     * Whether a fact of the sentence is dated in that year: a year the text narrates in, not one it only mentions
     * ("the recommendations it accepted at its second Universal Periodic Review in 2014").
     */
    static boolean dates(List<FactDraft> drafts, int year) {
        String y = String.valueOf(year);
        // a planned event's year is the future, not the year the text narrates
        return drafts.stream().anyMatch(f -> f.date() != null && f.date().contains(y) && !"PLANNED".equals(f.status()));
    }
}
