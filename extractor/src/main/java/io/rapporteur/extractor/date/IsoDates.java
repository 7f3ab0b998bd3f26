package io.rapporteur.extractor.date;

/** Comparisons of the ISO 8601 dates and intervals that facts carry ("2017-10-12", "2017-10-02/2017-10-12"). */
public final class IsoDates {

    private IsoDates() {
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
}
