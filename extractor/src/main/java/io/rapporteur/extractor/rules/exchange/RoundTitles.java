package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.rules.SentenceView;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A round's title as the text writes it elsewhere, with its sides: a release headed "Joint Press Release on the 8th
 * EU-Viet Nam Human Rights Dialogue" or "15th African Union - European Union Human Rights Dialogue" tells "held the
 * eighth round of their Human Rights Dialogue", "held their 15th Human Rights Dialogue"; the round's name at its
 * fullest is the title's.
 */
final class RoundTitles {

    /** A title's words between its ordinal and the name told: capitalised words, acronyms, the dashes between sides. */
    private static final Pattern TITLE_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}.'\u2019-]*|[-\u2013])");
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
    /** How far before the name its title may open (the line it is on, at most). */
    private static final int MAX_TITLE_CHARS = 120;

    private RoundTitles() {
    }

    /**
     * The title "<ordinal> <sides ...> <name>" of round {@code ordinal} anywhere in the text ("8th EU-Viet Nam Human
     * Rights Dialogue" for round 8 of "Human Rights Dialogue"), the ordinal in words or figures; null where the text
     * writes none with words between the ordinal and the name.
     */
    static String withItsSides(SentenceView v, int ordinal, String name) {
        Matcher at = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name) + "\\b").matcher(v.doc);
        while (at.find()) {
            int lineStart = v.doc.lastIndexOf('\n', at.start() - 1) + 1;
            String before = v.doc.substring(Math.max(lineStart, at.start() - MAX_TITLE_CHARS), at.start());
            if (!before.endsWith(" ")) {
                continue;
            }
            String[] words = before.strip().split(" +");
            int k = words.length - 1;
            while (k >= 0 && TITLE_WORD.matcher(words[k]).matches()) {
                k--;
            }
            if (k >= 0 && k < words.length - 1 && Integer.valueOf(ordinal).equals(ordinalOf(v, words[k]))) {
                return String.join(" ", Arrays.copyOfRange(words, k, words.length)) + " " + name;
            }
        }
        return null;
    }

    /** The number an ordinal word or figure gives ("eighth", "Eighth", "8th"), or null. */
    private static Integer ordinalOf(SentenceView v, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return NUMBERED.matcher(w).matches() ? Integer.valueOf(w.replaceAll("\\D", "")) : v.kb.ordinal(w);
    }
}
