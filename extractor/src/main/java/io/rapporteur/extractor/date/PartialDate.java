package io.rapporteur.extractor.date;

/**
 * A calendar date at the precision the text gives: a year, a month of a year, or a day. The year may be missing
 * while the text has not yet established it ("In October, ...").
 */
public record PartialDate(Integer year, Integer month, Integer day) {

    public boolean hasYear() {
        return year != null;
    }

    public PartialDate withYear(int y) {
        return new PartialDate(y, month, day);
    }

    /** The day of a calendar date. */
    public static PartialDate ofDay(java.time.LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** ISO 8601 at the given precision, or null without a year. */
    public String iso() {
        if (year == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(10);
        pad(out, year, 4);
        if (month != null) {
            pad(out.append('-'), month, 2);
            if (day != null) {
                pad(out.append('-'), day, 2);
            }
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }
}
