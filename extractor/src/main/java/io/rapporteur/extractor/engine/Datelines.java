package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Sentence;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The day a text was written, read from its opening lines: a dateline ("GENEVA (13 December 2019)", "Brussels, 17
 * January 2024 - ..."), a header of fields, a news page's date line or a bulletin's issue line. "Today" and
 * "yesterday" count from it.
 */
final class Datelines {

    /** The longest line read as a dateline: a city and a date ("GENEVA (13 December 2019)"). */
    private static final int MAX_DATELINE_CHARS = 60;

    /** A place, a comma and a full date, alone on a line: "Koror, 25 September 2024", "Port Vila, 3 May 2019". */
    private static final Pattern PLACE_COMMA_DATE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+){0,2}, \\d{1,2} \\p{Lu}\\p{Ll}+ \\d{4}\\.?");
    /** The longest header line of fields a release may open with: "Press release | Ministry of ... | Oslo, 24 ...". */
    private static final int MAX_HEADER_CHARS = 120;

    private Datelines() {
    }

    /** Whether the sentence is a line of its own: a line break (or the text's edge) on either side. */
    private static boolean aloneOnItsLine(String text, Sentence sentence) {
        String before = text.substring(0, sentence.start()).stripTrailing();
        String after = text.substring(sentence.end());
        return (before.isEmpty() || text.substring(before.length(), sentence.start()).contains("\n"))
                && (after.isBlank() || after.replaceFirst("^[ \t]*", "").startsWith("\n"));
    }

    static void read(Discourse discourse, SentenceView view, String text, Sentence sentence, Map<String, Fact> facts) {
        // a dateline on a line of its own: "GENEVA (13 December 2019)", "Brussels, 17 January 2024"
        List<Mention> found = view.mentions();
        boolean cityFirst = !found.isEmpty() && found.get(0).kind() == MentionKind.CITY && found.get(0).tokStart() == 0;
        if (cityFirst && sentence.end() - sentence.start() <= MAX_DATELINE_CHARS) {
            // (a later one, alone on its line, dates the item it heads: a digest's "Bern, 26 November 2024")
            boolean ownLine = discourse.dateline() != null && aloneOnItsLine(text, sentence);
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null)
                    .findFirst().ifPresent(d -> {
                        if (ownLine) {
                            discourse.newDateline(d.from());
                        } else {
                            discourse.dateline(d.from());
                        }
                    });
            if (discourse.dateline() == null) {
                // a statement's header, "Tbilisi, 11-14 April 2023": the days of the visit it ends, said on the last
                view.dates().stream().filter(d -> d.to() != null && d.to().day() != null && d.to().year() != null
                        && d.iso() != null).findFirst().ifPresent(d -> {
                            discourse.dateline(d.to());
                            discourse.dateUndatedVisit(d.iso());
                            DatesToldLater.datedByHeader(facts, d.iso());
                        });
            }
        } else if (cityFirst && sentence.index() < DiscourseUpdate.OPENING_SENTENCES) {
            // the dateline opening the release's first paragraph: "TASHKENT (12 May 2017) - UN High Commissioner ..."
            String opening = text.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + MAX_DATELINE_CHARS));
            // a wire's dateline may leave the year to its lead: "GENEVA, Oct 4 (Agency) - ... for the week of Sept. 30
            // to Oct. 4, 2019": the year of the sentence's own dates
            Integer leadYear = view.dates().stream().map(DateMention::lastYear).filter(y -> y != null)
                    .reduce((a, b) -> b).orElse(null);
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null
                            && (d.from().year() != null || leadYear != null)
                            && d.end() <= sentence.start() + opening.length() && (text.charAt(d.start() - 1) == '('
                            // "Brussels, 03/12/2021 - Press and information team ...", "Canberra, 6 September 2019 - ..."
                            || text.substring(sentence.start(), d.start()).matches("[^,\\n]{2,40},\\s*")
                            && text.substring(d.end()).matches("(?s)\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-\u2013\u2014].*")))
                    .findFirst().ifPresent(d -> discourse.dateline(d.from().year() != null ? d.from() : d.from().withYear(leadYear)));
        }
        if (discourse.dateline() == null && sentence.index() < DiscourseUpdate.OPENING_SENTENCES
                && sentence.end() - sentence.start() <= MAX_HEADER_CHARS && sentence.text(text).contains(" | ")) {
            // a header of fields: "Press release | Ministry of Foreign Affairs | Oslo, 24 November 2023"
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null)
                    .reduce((a, b) -> b).ifPresent(d -> discourse.dateline(d.from()));
        }
        if (!cityFirst && discourse.dateline() == null && sentence.index() < DiscourseUpdate.OPENING_SENTENCES
                && sentence.end() - sentence.start() <= MAX_DATELINE_CHARS
                && PLACE_COMMA_DATE.matcher(sentence.text(text).strip()).matches()) {
            // a dateline on a line of its own whose place the gazetteer does not know: "Koror, 25 September 2024"
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null)
                    .findFirst().ifPresent(d -> discourse.dateline(d.from()));
        }
        if (!cityFirst && discourse.dateline() == null && sentence.index() < DiscourseUpdate.OPENING_SENTENCES
                && sentence.end() - sentence.start() <= MAX_DATELINE_CHARS) {
            // a news page's date line, the date first: "24 November 2023 | Human Rights"
            view.dates().stream().filter(d -> d.to() == null && d.from().day() != null && d.from().year() != null
                            && d.start() == sentence.start())
                    .findFirst().ifPresent(d -> discourse.dateline(d.from()));
        }
        if (discourse.dateline() == null && sentence.heading() && sentence.index() < DiscourseUpdate.OPENING_SENTENCES
                && sentence.end() - sentence.start() <= MAX_DATELINE_CHARS) {
            // a weekly bulletin's issue line, "Issue 87 - 14 to 18 March 2016": its days end on the day it came out
            view.dates().stream().filter(d -> d.to() != null && d.to().day() != null && d.to().year() != null
                            && d.from().day() != null && d.iso() != null && d.iso().length() == 21)
                    .findFirst().ifPresent(d -> discourse.dateline(d.to()));
        }
    }
}
