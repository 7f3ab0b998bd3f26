package io.rapporteur.extractor.date;

import java.util.List;

/**
 * A date or a stated span found in a sentence.
 *
 * @param start        char offset in the document
 * @param end          char offset in the document
 * @param from         the date, or the first end of a span
 * @param to           the last end of a span, or null for a single date
 * @param adverbial    introduced by "in", "on", "since"... at the head of a time adverbial, so it sets the year of
 *                     the text that follows (a year inside a name, "Beijing 2000", does not)
 */
public record DateMention(int start, int end, PartialDate from, PartialDate to, boolean adverbial) {

    /**
     * A span written as two days joined by "and" ("1 July and 23 September", "9 and 10 May"), not "to" or a dash, as its
     * two days: in a list paired by "respectively" they are two items, not one stay. Any other date alone.
     */
    public List<DateMention> andedDaysApart(String doc) {
        String text = doc.substring(start, end);
        if (to == null || from.day() == null || to.day() == null || !text.contains(" and ") || !hasYear()) {
            return List.of(this);
        }
        int and = start + text.indexOf(" and ");
        return List.of(new DateMention(start, and, from, null, adverbial), new DateMention(and + 5, end, to, null, adverbial));
    }

    public boolean hasYear() {
        return from.hasYear() && (to == null || to.hasYear());
    }

    public boolean isMonthWithoutYear() {
        return !from.hasYear();
    }

    /** Whether it is one whole day, year and all: "5 May 2019", not "May 2019" or "3-9 May 2019". */
    public boolean isDay() {
        return to == null && iso() != null && iso().length() == 10;
    }

    /** Whether it names a whole day, alone or as the first of a span: "5 May 2019", "3-9 May 2019". */
    public boolean namesADay() {
        return iso() != null && iso().length() >= 10;
    }

    /** The latest explicit year it states, or null. */
    public Integer lastYear() {
        if (to != null && to.hasYear()) {
            return to.year();
        }
        return from.year();
    }

    public DateMention withYear(int year) {
        PartialDate f = from.hasYear() ? from : from.withYear(year);
        PartialDate t = to == null || to.hasYear() ? to : to.withYear(year);
        return new DateMention(start, end, f, t, adverbial);
    }

    /** ISO 8601 date or interval; null while the year is unknown. */
    public String iso() {
        String a = from.iso();
        if (a == null) {
            return null;
        }
        if (to == null) {
            return a;
        }
        String b = to.iso();
        return b == null ? a : a + "/" + b;
    }
}
