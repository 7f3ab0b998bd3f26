package io.rapporteur.query.readmodel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Reads the ISO 8601 dates of FACTS.md ("2000", "2000-02", "2001-02-28", "2005/2008") as the range of days they denote.
 * A fact lies in a [from, to] filter when the first day of its date lies in it.
 */
public final class FactDates {

    private FactDates() {
    }

    /** The first day a fact date can denote, or null when there is no date or it cannot be read. */
    public static LocalDate start(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        String first = date.split("/", 2)[0].trim();
        try {
            return firstDay(first);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A filter bound given at year, month or day precision: its first day. */
    public static LocalDate firstDay(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> YearMonth.parse(value).atDay(1);
            case 10 -> LocalDate.parse(value);
            default -> throw new IllegalArgumentException("'" + value + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        };
    }

    /** A filter bound given at year, month or day precision: its last day ("to=2000" includes all of 2000). */
    public static LocalDate lastDay(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case 7 -> YearMonth.parse(value).atEndOfMonth();
            case 10 -> LocalDate.parse(value);
            default -> throw new IllegalArgumentException("'" + value + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        };
    }
}
