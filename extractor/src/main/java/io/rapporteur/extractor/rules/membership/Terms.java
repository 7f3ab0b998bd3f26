package io.rapporteur.extractor.rules.membership;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The term a membership runs for, as a sentence writes it: a span ("for the 2022-2024 term"), a start and an end
 * written apart ("join the Council on 1 January 2020 ... for a three-year term ending on 31 December 2022"), a length
 * from a first year ("for three-year terms beginning on 1 January 2024"), and the further terms listed after one.
 */
final class Terms {

    /** The words that say a date opens a term: "join the Council on 1 January 2020", "beginning on ...". */
    static final Set<String> TERM_STARTS = Set.of("join", "joins", "joined", "joining", "beginning", "starting",
            "commencing", "from", "began", "begins");
    /** The words that say a date closes a term: "for a three-year term ending on 31 December 2022". */
    static final Set<String> TERM_ENDS = Set.of("ending", "expiring", "until", "expire", "expires", "end",
            "ends", "to");

    private static final Set<String> TERM_LIST_JOINERS = Set.of(",", "and", "again", "from", "in", "for", "the",
            "then", "later", "once");

    private Terms() {
    }

    /** The first date in [from, to) that is a span with its ISO form ("2021-2023", "from 2016 to 2018"); else null. */
    static DateMention firstSpan(SentenceView v, int from, int to) {
        return v.datesIn(from, to).stream().filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
    }

    /**
     * The term an election is for: a span ("for the 2022-2024 term", "from 1 January 2020 to 31 December 2023"), or a
     * start and an end written apart ("join the Council on 1 January 2020 ... for a three-year term ending on 31
     * December 2022"), else a term's length from its first year ("for three-year terms beginning on 1 January 2024").
     */
    static String termOf(SentenceView v, int from, int to) {
        DateMention span = firstSpan(v, from, to);
        if (span != null) {
            return span.iso();
        }
        DateMention start = null;
        DateMention end = null;
        for (DateMention d : v.datesIn(from, to)) {
            int t = v.tokenAt(d.start());
            if (d.iso() == null) {
                continue;
            }
            for (int k = t - 1; k >= Math.max(from, t - 8); k--) { // the nearest word that says which end it is
                String w = v.token(k).norm();
                // (each end the first written: not "..., replacing members whose terms expire at the end of this year")
                if (TERM_STARTS.contains(w)) {
                    start = start == null ? d : start;
                    break;
                }
                if (TERM_ENDS.contains(w)) {
                    end = end == null ? d : end;
                    break;
                }
            }
        }
        if (start != null && end != null) {
            return start.iso() + "/" + end.iso();
        }
        return termFromLength(v, from, to);
    }

    /** {@link #termOf}, only where it is a span of two ends ("2020/2022"); else null. */
    static String spanOf(SentenceView v, int from, int to) {
        String term = termOf(v, from, to);
        return term != null && term.contains("/") ? term : null;
    }

    /** "for three-year terms beginning on 1 January 2024" -> 2024/2026; null when the sentence gives no such term. */
    static String termFromLength(SentenceView v, int from, int ce) {
        for (int i = from; i + 4 < ce; i++) {
            Integer years = v.kb.cardinal(v.token(i).norm());
            if (years == null || years <= 0 || years >= 10 || !v.tokenIs(i + 1, "-") || !v.tokenIs(i + 2, "year")
                    || !(v.tokenIs(i + 3, "term") || v.tokenIs(i + 3, "terms"))) {
                continue;
            }
            for (DateMention d : v.datesIn(i + 4, ce)) {
                Integer year = d.lastYear();
                if (year == null) {
                    continue;
                }
                int at = v.tokenAt(d.start());
                int before = v.tokenIs(at - 1, "on") || v.tokenIs(at - 1, "in") ? at - 2 : at - 1;
                if (TERM_ENDS.contains(v.token(before).norm()) && !v.tokenIs(before, "to")) {
                    // "took its seat ... on 1 January 2014 for a three-year term ending on 31 December 2016": the
                    // date ends the term; a start written before, in the year it began, opens it
                    int first = year - years + 1;
                    DateMention opening = v.datesIn(from, i).stream()
                            .filter(o -> o.iso() != null && o.to() == null && o.iso().startsWith(first + "-")).findFirst().orElse(null);
                    return opening != null && d.iso() != null ? opening.iso() + "/" + d.iso() : first + "/" + year;
                }
                return year + "/" + (year + years - 1);
            }
        }
        return null;
    }

    /** Terms listed right after {@code term}: "in 2006-2009 and 2009-2012", "2006-2007, 2007-2010 and 2011-2014". */
    static List<String> furtherTerms(SentenceView v, DateMention term, int ce) {
        return furtherDates(v, term, ce, true);
    }

    /** Years of election listed right after {@code year}: "elected ... four times, in 2006, 2009, 2013 and 2016". */
    static List<String> furtherYears(SentenceView v, DateMention year, int ce) {
        return year.to() == null && year.iso() != null && year.iso().length() == 4
                ? furtherDates(v, year, ce, false) : List.of();
    }

    private static List<String> furtherDates(SentenceView v, DateMention term, int ce, boolean spans) {
        List<String> more = new ArrayList<>();
        int end = v.tokenAt(term.end() - 1);
        for (DateMention d : v.datesIn(end + 1, ce)) {
            int at = v.tokenAt(d.start());
            // "2006-2009 and 2009-2012", "..., and 2011-2014", "from 2006 to 2009 and again from 2014 to 2016"
            boolean joined = at > end + 1 && at <= end + 5 && (v.tokenIs(end + 1, "and") || v.tokenIs(end + 1, ","));
            for (int k = end + 1; joined && k < at; k++) {
                joined = TERM_LIST_JOINERS.contains(v.token(k).norm());
            }
            if (!joined || (d.to() != null) != spans || d.iso() == null || !spans && d.iso().length() != 4) {
                break;
            }
            more.add(d.iso());
            end = v.tokenAt(d.end() - 1);
        }
        return more;
    }
}
