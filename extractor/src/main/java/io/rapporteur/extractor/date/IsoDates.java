package io.rapporteur.extractor.date;

/** Comparisons of the ISO 8601 dates and intervals that facts carry ("2017-10-12", "2017-10-02/2017-10-12"). */
public final class IsoDates {

    private IsoDates() {
    }

    /** The first end of an ISO date or interval ("2018-11-05/2018-11-07" -> "2018-11-05"). */
    public static String start(String iso) {
        int slash = iso.indexOf('/');
        return slash < 0 ? iso : iso.substring(0, slash);
    }

    /** The last end of an ISO date or interval ("2018-11-05/2018-11-07" -> "2018-11-07"). */
    public static String end(String iso) {
        int slash = iso.indexOf('/');
        return slash < 0 ? iso : iso.substring(slash + 1);
    }

    /**
     * Whether a single date lies within an interval whose ends have its precision: "2017-10-12" within
     * "2017-10-02/2017-10-12", but not "2017-10" (a month is no day of the span).
     */
    public static boolean pointWithin(String point, String span) {
        String[] ends = span.split("/");
        return ends.length == 2 && ends[0].length() == point.length() && ends[1].length() == point.length()
                && ends[0].compareTo(point) <= 0 && point.compareTo(ends[1]) <= 0;
    }

    /**
     * Whether a day falls in the {@code days} after a span of days: a release dated two days after the visit it reports
     * concluded ("GENEVA (22 September 2023) - ... has concluded its visit" of 11 to 20 September).
     */
    public static boolean pointJustAfter(String point, String span, long days) {
        String[] ends = span.split("/");
        if (point == null || point.length() != 10 || ends.length != 2 || ends[1].length() != 10) {
            return false;
        }
        long after = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(ends[1]),
                java.time.LocalDate.parse(point));
        return after > 0 && after <= days;
    }
}
