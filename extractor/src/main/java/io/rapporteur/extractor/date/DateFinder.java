package io.rapporteur.extractor.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and spans in one sentence: "On February 28, 2001", "28 February 2001", "October 1997", "2000",
 * "In October", "from 10 to 20 March 2025", "16-27 May 2016", "from 2005 to 2008", "the 2021-2023 term".
 * Patterns are tried from the most to the least specific; a character belongs to at most one date. All patterns are
 * linear (no nested quantifiers).
 */
public final class DateFinder {

    /** Fail-fast guards: most positions of a sentence start neither a month name nor a number. */
    private static final String AT_MONTH = "(?=[JFMASOND])";
    private static final String AT_DIGIT = "(?=\\d)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
            // undotted abbreviations only next to a number ("13 Aug 1993", "Aug 13, 1993"), not "Jan Egeland"
            + "|(?<=\\d\\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\\s+\\d)"
            // and a chronology's entry that opens with one: "Feb: The first round of ... is held in Kathmandu."
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=:))";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d\u2019']?s\\b)(?!\\d)";
    /** Between two full dates only these make a span: "28 February 2001 and 3 March 2002" are two dates. */
    private static final String SPAN_TO = "\\s*(?:-|\u2013|\u2014|to|until|till|through)\\s*";
    private static final String TO = "\\s*(?:-|\u2013|\u2014|to|until|till|through|and)\\s*";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Set<String> ADVERBIAL_WORDS = Set.of("in", "on", "since", "from", "by", "during", "until",
            "till", "through", "between", "and", "of", "early", "late", "mid", "at", "before", "after", "to", "for",
            "as", "around", "throughout", "");

    private enum Shape {
        ISO_DATE, NUMERIC_DAY_RANGE, NUMERIC_DATE, DAY_MONTH_YEAR_SPAN, MONTH_YEAR_SPAN, MONTH_DAY_MONTH_DAY_YEAR, DAY_RANGE_MONTH_YEAR, DAY_MONTH_RANGE_YEAR, MONTH_DAY_RANGE_YEAR, DAY_MONTH_YEAR, MONTH_DAY_YEAR,
        MONTH_RANGE_YEAR, MONTH_YEAR, YEAR_RANGE, YEAR, MONTH_DAY_MONTH_DAY, DAY_MONTH_DAY_MONTH, DAY_MONTH_AND_NEXT_DAY, MONTH_DAY_RANGE, DAY_RANGE_MONTH, DAY_MONTH,
        MONTH_DAY, MONTH_SPAN, MONTH
    }

    private static final List<Map.Entry<Shape, Pattern>> PATTERNS = List.of(
            // "from 28 December 2022 to 4 January 2023", "from December 2022 to March 2023": each end has its year
            Map.entry(Shape.DAY_MONTH_YEAR_SPAN, Pattern.compile(AT_DIGIT + "\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + SPAN_TO + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR)),
            Map.entry(Shape.MONTH_YEAR_SPAN, Pattern.compile(AT_MONTH + "\\b" + MONTH + ",?\\s+" + YEAR + SPAN_TO + MONTH + ",?\\s+" + YEAR)),
            Map.entry(Shape.MONTH_DAY_MONTH_DAY_YEAR, Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\s+" + DAY + TO + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR)),
            Map.entry(Shape.DAY_MONTH_RANGE_YEAR, Pattern.compile(AT_DIGIT + "\\b" + DAY + "\\s+" + MONTH + TO + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR)),
            Map.entry(Shape.DAY_RANGE_MONTH_YEAR, Pattern.compile(AT_DIGIT + "\\b" + DAY + TO + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR)),
            Map.entry(Shape.MONTH_DAY_RANGE_YEAR, Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\s+" + DAY + TO + DAY + ",?\\s+" + YEAR)),
            // a fact sheet's "26.08.1998", "24/03/2022": day first, as the genre's international documents write it,
            // unless the second number cannot be a month ("03/24/2022")
            // a timeline's "2005-09-16"
            Map.entry(Shape.ISO_DATE, Pattern.compile(AT_DIGIT + "\\b((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})(?![-\\d])")),
            // a timeline's "30-31/01/2015": two days of one month, day first
            Map.entry(Shape.NUMERIC_DAY_RANGE, Pattern.compile(AT_DIGIT + "\\b(\\d{1,2})\\s*[-\u2013]\\s*(\\d{1,2})([./])(\\d{1,2})\\3"
                    + YEAR + "(?![./]?\\d)")),
            Map.entry(Shape.NUMERIC_DATE, Pattern.compile(AT_DIGIT + "\\b(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR + "(?![./]?\\d)")),
            Map.entry(Shape.DAY_MONTH_YEAR, Pattern.compile(AT_DIGIT + "\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR)),
            Map.entry(Shape.MONTH_DAY_YEAR, Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\s+" + DAY + ",\\s*" + YEAR)),
            // (also "from late March to early April 1993": the months, whatever part of each)
            Map.entry(Shape.MONTH_RANGE_YEAR, Pattern.compile(AT_MONTH + "\\b" + MONTH
                    + "\\s*(?:-|\u2013|to|until|through)\\s*(?:(?:early|mid|late)[\\s-]+)?" + MONTH + ",?\\s+" + YEAR)),
            Map.entry(Shape.MONTH_YEAR, Pattern.compile(AT_MONTH + "\\b" + MONTH + ",?\\s+" + YEAR)),
            // "between 1997 and 2005": "and" joins a span only after "between" ("in 2004 and 2015" are two dates)
            Map.entry(Shape.YEAR_RANGE, Pattern.compile(AT_DIGIT + "(?<=\\b[Bb]etween\\s)" + YEAR + "\\s+and\\s+" + YEAR)),
            Map.entry(Shape.YEAR_RANGE, Pattern.compile(AT_DIGIT + "\\b" + YEAR + "\\s*(?:-|\u2013|\u2014|/|to|until|through)\\s*" + YEAR)),
            // "from November 20 to December 2", "from 20 November to 2 December": the year comes from the context
            Map.entry(Shape.MONTH_DAY_MONTH_DAY, Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\s+" + DAY + SPAN_TO + MONTH + "\\s+" + DAY + "\\b(?!,?\\s*\\d)")),
            Map.entry(Shape.DAY_MONTH_DAY_MONTH, Pattern.compile(AT_DIGIT + "\\b" + DAY + "\\s+" + MONTH + SPAN_TO + DAY + "\\s+" + MONTH + "\\b(?!,?\\s*\\d)")),
            // "on 31 August and 1 September": two days in a row across a month's end are one span
            Map.entry(Shape.DAY_MONTH_AND_NEXT_DAY, Pattern.compile(AT_DIGIT + "\\b" + DAY + "\\s+" + MONTH + "\\s+and\\s+" + DAY + "\\s+" + MONTH + "\\b(?!,?\\s*\\d)")),
            // "from May 14 to 16", "on December 7 and 8" (days that only go forward: "August 30 and 29" are two dates)
            Map.entry(Shape.MONTH_DAY_RANGE, Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\s+" + DAY + TO + DAY + "\\b(?!,?\\s*\\d)(?!\\s+" + MONTH + ")")),
            Map.entry(Shape.DAY_RANGE_MONTH, Pattern.compile(AT_DIGIT + "\\b" + DAY + TO + DAY + "\\s+" + MONTH)),
            Map.entry(Shape.DAY_MONTH, Pattern.compile(AT_DIGIT + "\\b" + DAY + "\\s+" + MONTH)),
            Map.entry(Shape.MONTH_DAY, Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\s+" + DAY + "\\b(?!,?\\s*\\d)")),
            // not a year inside a document symbol ("E/C.12/2018/SR.50", "A/HRC/2019/3")
            Map.entry(Shape.YEAR, Pattern.compile(AT_DIGIT + "(?<![/.])\\b" + YEAR + "(?!/[A-Za-z\\d])")),
            // "From March to April, a delegation took part in ...": the year the text establishes for both
            Map.entry(Shape.MONTH_SPAN, Pattern.compile(AT_MONTH + "(?<=\\b[Ff]rom\\s)" + MONTH
                    + "\\s+(?:to|until|till|through)\\s+" + MONTH + "\\b(?!,?\\s*\\d)")),
            // "held in February-March, June-July and September-October 2021": months joined by a dash, the year told
            // after the last of them or by the context
            Map.entry(Shape.MONTH_SPAN, Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\s*[-\u2013]\\s*" + MONTH
                    + "\\b(?!,?\\s*\\d)")),
            Map.entry(Shape.MONTH, Pattern.compile(AT_MONTH + "\\b" + MONTH + "\\b")));

    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "\\b(?:the same year|that year|the following year|the next year|the previous year|the year before"
            + "|(?<=(?:[Dd]uring|[Tt]hroughout|[Oo]ver|course of) )the year(?! \\d)"
            + "|a year later|the preceding year|a year earlier|one year earlier|a year before"
            // a release's "will be held in Tokyo next year", a speech's "in December of last year"
            + "|(?<!the )next year|last year|this year)\\b", Pattern.CASE_INSENSITIVE);

    private DateFinder() {
    }

    /**
     * "the same year", "the following year", "the previous year": resolved against the year the text has established
     * ({@code currentYear}); none when the text has established none.
     */
    public static List<DateMention> findRelative(String text, int from, int to, Integer currentYear) {
        return findRelative(text, from, to, currentYear, currentYear);
    }

    /**
     * As {@link #findRelative(String, int, int, Integer)}, with the year the text is written in ({@code nowYear}, its
     * dateline's) for "last year", "this year" and "next year", which count from when it speaks, not from its story.
     */
    public static List<DateMention> findRelative(String text, int from, int to, Integer currentYear, Integer nowYear) {
        List<DateMention> found = new ArrayList<>();
        if (currentYear == null) {
            return found;
        }
        String sentence = text.substring(from, to);
        if (!sentence.contains("year")) {
            return found;
        }
        Matcher m = RELATIVE_YEAR.matcher(sentence);
        while (m.find()) {
            String phrase = m.group().toLowerCase(Locale.ROOT);
            boolean spoken = !phrase.startsWith("the ") && (phrase.endsWith("next year") || phrase.equals("last year")
                    || phrase.equals("this year"));
            int base = spoken && nowYear != null ? nowYear : currentYear;
            int year = phrase.contains("following") || phrase.contains("next") || phrase.contains("later")
                    ? base + 1
                    : phrase.contains("previous") || phrase.contains("before") || phrase.contains("preceding")
                    || phrase.contains("earlier")
                    || phrase.contains("last") ? base - 1 : base;
            found.add(new DateMention(from + m.start(), from + m.end(), new PartialDate(year, null, null), null, false));
        }
        return found;
    }

    /** Dates in {@code text[from, to)}, in text order, with document offsets. Month-only dates have no year yet. */
    public static List<DateMention> find(String text, int from, int to) {
        String sentence = text.substring(from, to);
        List<DateMention> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[PATTERNS.size()];
        int taken = 0;
        // only where a number or a capitalised word that could be a month starts are the patterns tried
        for (int c = 0; c < sentence.length(); c++) {
            if (c < taken || !startsCandidate(sentence, c)) {
                continue;
            }
            for (int k = 0; k < PATTERNS.size(); k++) {
                if (matchers[k] == null) {
                    matchers[k] = PATTERNS.get(k).getValue().matcher(sentence).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                }
                Matcher m = matchers[k].region(c, Math.min(sentence.length(), c + 64));
                if (!m.lookingAt()) {
                    continue;
                }
                DateMention mention = build(PATTERNS.get(k).getKey(), m, sentence, from);
                if (mention != null) {
                    found.add(mention);
                    taken = m.end();
                    break;
                }
            }
        }
        if (found.isEmpty() || found.get(0).start() > from) {
            // a chronology's entry dated by month and year in figures: "10/2017 - Viet Nam submits ...", "1/2012 - ..."
            Matcher entry = NUMERIC_MONTH_ENTRY.matcher(sentence);
            if (entry.lookingAt()) {
                int month = Integer.parseInt(entry.group(1));
                if (month >= 1 && month <= 12) {
                    found.add(new DateMention(from, from + entry.end(2),
                            new PartialDate(Integer.parseInt(entry.group(2)), month, null), null, false));
                }
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** A chronology entry's month and year in figures, before its dash: "10/2017 - ". */
    private static final Pattern NUMERIC_MONTH_ENTRY = Pattern.compile("(\\d{1,2})/((?:19|20)\\d\\d)(?=\\s*[-\u2013\u2014]\\s)");

    private static boolean startsCandidate(String s, int c) {
        char ch = s.charAt(c);
        boolean wordStart = c == 0 || !Character.isLetterOrDigit(s.charAt(c - 1));
        if (!wordStart) {
            return false;
        }
        if (Character.isDigit(ch)) {
            return true;
        }
        if ("JFMASOND".indexOf(ch) < 0 || c + 3 > s.length()) {
            return false;
        }
        Integer month = MONTHS.get(s.substring(c, c + 3).toLowerCase(Locale.ROOT));
        return month != null;
    }

    private static DateMention build(Shape shape, Matcher m, String s, int offset) {
        int start = offset + m.start();
        int end = offset + m.end();
        boolean adverbial = isAdverbial(s, m.start());
        return switch (shape) {
            case DAY_MONTH_YEAR_SPAN -> later(start, end, new PartialDate(year(m.group(3)), month(m.group(2)), day(m.group(1))),
                    new PartialDate(year(m.group(6)), month(m.group(5)), day(m.group(4))), adverbial);
            case MONTH_YEAR_SPAN -> later(start, end, new PartialDate(year(m.group(2)), month(m.group(1)), null),
                    new PartialDate(year(m.group(4)), month(m.group(3)), null), adverbial);
            case DAY_MONTH_RANGE_YEAR -> {
                int y = year(m.group(5));
                yield span(start, end, new PartialDate(y, month(m.group(2)), day(m.group(1))),
                        new PartialDate(y, month(m.group(4)), day(m.group(3))), adverbial);
            }
            case MONTH_DAY_MONTH_DAY_YEAR -> {
                int y = year(m.group(5));
                yield span(start, end, new PartialDate(y, month(m.group(1)), day(m.group(2))),
                        new PartialDate(y, month(m.group(3)), day(m.group(4))), adverbial);
            }
            case DAY_RANGE_MONTH_YEAR -> {
                int y = year(m.group(4));
                int mo = month(m.group(3));
                yield span(start, end, new PartialDate(y, mo, day(m.group(1))), new PartialDate(y, mo, day(m.group(2))), adverbial);
            }
            case MONTH_DAY_RANGE_YEAR -> {
                int y = year(m.group(4));
                int mo = month(m.group(1));
                yield span(start, end, new PartialDate(y, mo, day(m.group(2))), new PartialDate(y, mo, day(m.group(3))), adverbial);
            }
            case ISO_DATE -> {
                int month = Integer.parseInt(m.group(2));
                int day = Integer.parseInt(m.group(3));
                yield month < 1 || month > 12 || day < 1 || day > 31 ? null
                        : single(start, end, new PartialDate(year(m.group(1)), month, day), true);
            }
            case NUMERIC_DAY_RANGE -> {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                int month = Integer.parseInt(m.group(4));
                yield month < 1 || month > 12 || from < 1 || to > 31 || to <= from ? null
                        : span(start, end, new PartialDate(year(m.group(5)), month, from),
                        new PartialDate(year(m.group(5)), month, to), adverbial);
            }
            case NUMERIC_DATE -> {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(3));
                boolean monthFirst = second > 12 && first <= 12;
                int day = monthFirst ? second : first;
                int month = monthFirst ? first : second;
                yield month < 1 || month > 12 || day < 1 || day > 31 ? null
                        : single(start, end, new PartialDate(year(m.group(4)), month, day), true);
            }
            case DAY_MONTH_YEAR -> single(start, end, new PartialDate(year(m.group(3)), month(m.group(2)), day(m.group(1))), true);
            case MONTH_DAY_YEAR -> single(start, end, new PartialDate(year(m.group(3)), month(m.group(1)), day(m.group(2))), true);
            case MONTH_RANGE_YEAR -> {
                int y = year(m.group(3));
                yield span(start, end, new PartialDate(y, month(m.group(1)), null), new PartialDate(y, month(m.group(2)), null), true);
            }
            case MONTH_YEAR -> single(start, end, new PartialDate(year(m.group(2)), month(m.group(1)), null), true);
            case YEAR_RANGE -> {
                int a = year(m.group(1));
                int b = year(m.group(2));
                yield b > a ? span(start, end, new PartialDate(a, null, null), new PartialDate(b, null, null), adverbial) : null;
            }
            case DAY_RANGE_MONTH -> {
                int mo = month(m.group(3));
                yield span(start, end, new PartialDate(null, mo, day(m.group(1))), new PartialDate(null, mo, day(m.group(2))), adverbial);
            }
            case MONTH_DAY_MONTH_DAY -> yearlessSpan(start, end, month(m.group(1)), day(m.group(2)), month(m.group(3)),
                    day(m.group(4)), adverbial);
            case DAY_MONTH_DAY_MONTH -> yearlessSpan(start, end, month(m.group(2)), day(m.group(1)), month(m.group(4)),
                    day(m.group(3)), adverbial);
            case DAY_MONTH_AND_NEXT_DAY -> month(m.group(4)) == month(m.group(2)) % 12 + 1 && day(m.group(3)) == 1
                    && day(m.group(1)) >= 28 ? yearlessSpan(start, end, month(m.group(2)), day(m.group(1)), month(m.group(4)),
                    day(m.group(3)), adverbial) : null;
            case MONTH_DAY_RANGE -> day(m.group(3)) <= day(m.group(2)) ? null
                    : yearlessSpan(start, end, month(m.group(1)), day(m.group(2)), month(m.group(1)), day(m.group(3)), adverbial);
            case DAY_MONTH -> single(start, end, new PartialDate(null, month(m.group(2)), day(m.group(1))), adverbial);
            case MONTH_DAY -> single(start, end, new PartialDate(null, month(m.group(1)), day(m.group(2))), adverbial);
            case YEAR -> isInsideName(s, m.start()) ? null
                    : single(start, end, new PartialDate(year(m.group(1)), null, null), adverbial);
            case MONTH_SPAN -> month(m.group(2)) <= month(m.group(1)) ? null
                    : span(start, end, new PartialDate(null, month(m.group(1)), null),
                    new PartialDate(null, month(m.group(2)), null), adverbial);
            case MONTH -> isModalMay(s, m) ? null : single(start, end, new PartialDate(null, month(m.group(1)), null), adverbial);
        };
    }

    private static DateMention single(int start, int end, PartialDate date, boolean adverbial) {
        return date.day() != null && (date.day() < 1 || date.day() > 31) ? null : new DateMention(start, end, date, null, adverbial);
    }

    /** A span, each end with its year, whose second end comes after the first (else it is no span). */
    private static DateMention later(int start, int end, PartialDate a, PartialDate b, boolean adverbial) {
        return CALENDAR_ORDER.compare(b, a) > 0 ? span(start, end, a, b, adverbial) : null;
    }

    /** Order of dates whose year and month are known; a missing day counts as before the first. */
    private static final Comparator<PartialDate> CALENDAR_ORDER = Comparator.comparing(PartialDate::year)
            .thenComparing(PartialDate::month)
            .thenComparing(d -> d.day() == null ? 0 : d.day());

    /**
     * "from November 20 to December 2": both ends take the year of the context later. Within one year only: "December
     * 28 to January 4" crosses into a year the text does not name, so it is no span here.
     */
    private static DateMention yearlessSpan(int start, int end, int monthA, int dayA, int monthB, int dayB,
                                            boolean adverbial) {
        if (monthB < monthA || monthB == monthA && dayB <= dayA) {
            return null;
        }
        return span(start, end, new PartialDate(null, monthA, dayA), new PartialDate(null, monthB, dayB), adverbial);
    }

    private static DateMention span(int start, int end, PartialDate a, PartialDate b, boolean adverbial) {
        if (a.day() != null && (a.day() < 1 || a.day() > 31) || b.day() != null && (b.day() < 1 || b.day() > 31)) {
            return null;
        }
        return new DateMention(start, end, a, b, adverbial);
    }

    /** "Beijing 2000", "Agenda 2030": a year right after a capitalised word that is not a preposition is a name. */
    private static boolean isInsideName(String s, int at) {
        String previous = previousWord(s, at);
        return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
                && !ADVERBIAL_WORDS.contains(previous.toLowerCase(Locale.ROOT)) && !MONTHS.containsKey(key(previous))
                && !previous.equals("The"); // "The 2010 Beijing Forum ... was held in November": that year's
    }

    private static boolean isAdverbial(String s, int at) {
        return ADVERBIAL_WORDS.contains(previousWord(s, at).toLowerCase(Locale.ROOT));
    }

    /** "May" is a month when written with a capital and not followed by a verb-like lower-case word at the start. */
    private static boolean isModalMay(String s, Matcher m) {
        if (!m.group(1).equals("May")) {
            return false;
        }
        // (not "May and November: Viet Nam submits ...": another month joined to it)
        return m.start() == 0 && m.end() < s.length() && s.substring(m.end()).matches("\\s+[a-z].*")
                && !MAY_AND_MONTH.matcher(s.substring(m.end())).lookingAt();
    }

    private static final Pattern MAY_AND_MONTH = Pattern.compile("\\s+(and|to|or)\\s+" + MONTH);

    private static String previousWord(String s, int at) {
        int i = at - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '-')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(s.charAt(i))) {
            i--;
        }
        return s.substring(i + 1, end);
    }

    private static int year(String text) {
        return Integer.parseInt(text);
    }

    private static int day(String text) {
        return Integer.parseInt(text);
    }

    private static String key(String word) {
        return word.length() >= 3 ? word.substring(0, 3).toLowerCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT);
    }

    private static int month(String text) {
        Integer m = MONTHS.get(key(text));
        if (m == null) {
            throw new IllegalArgumentException("not a month: " + text);
        }
        return m;
    }
}
