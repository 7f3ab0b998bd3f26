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

    /** ISO 8601 at the given precision, or null without a year. */
    public String iso() {
        if (year == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            out.append(String.format("-%02d", month));
            if (day != null) {
                out.append(String.format("-%02d", day));
            }
        }
        return out.toString();
    }
}
