package io.rapporteur.extractor.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a document into sentences with char offsets, in one pass. A sentence ends at '.', '!' or '?' followed by
 * white space and a capital, digit or quote, unless the word before the period is an abbreviation ("Mr.", "U.N.",
 * "No.") or an enumerator at the start of a line ("VII."). Blank lines end paragraphs; a short line without final
 * punctuation followed by a line break is a heading.
 */
public final class SentenceSplitter {

    /** Words a heading does not end with but a wrapped line of prose often does. */
    private static final Set<String> CONTINUING_WORDS = Set.of("in", "of", "the", "and", "a", "an", "to", "for",
            "with", "on", "at", "by", "from", "their", "its", "his", "her", "that", "which", "as", "or");

    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int sentenceStart = -1;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = skipSpacesNoNewline(text, i + 1);
                boolean blankLineFollows = next < n && text.charAt(next) == '\n';
                int nextText = i + 1;
                while (nextText < n && Character.isWhitespace(text.charAt(nextText))) {
                    nextText++;
                }
                // a heading fills its line: a sentence begun on an earlier line, or after another sentence on this
                // one, is prose wrapped at a fixed width
                boolean heading = sentenceStart >= 0 && sentenceStart == skipSpacesNoNewline(text, lineStart)
                        && looksLikeHeading(text, sentenceStart, i, nextText);
                // the document's first line, alone in its paragraph, is its title however it ends ("Ministry of
                // Foreign Affairs ..., Annual Report 2018, Chapter Six: Human Rights and Cooperation with ... Mechanisms")
                heading |= sentenceStart >= 0 && paragraph == 0 && sentences.isEmpty() && blankLineFollows
                        && sentenceStart == skipSpacesNoNewline(text, lineStart) && i - sentenceStart <= MAX_TITLE_CHARS
                        && text.charAt(lastNonSpace(text, i)) != '.';
                // a list of bullets ("- 9-18 November 2015: The Working Group ... conducts a country visit."): each
                // item its own sentence, and a short line before them ("2015") a heading
                boolean bulletFollows = next < n && isBullet(text, next);
                if (bulletFollows && sentenceStart >= 0 && sentenceStart == skipSpacesNoNewline(text, lineStart)
                        && i - sentenceStart <= MAX_LIST_HEADING_CHARS && text.charAt(lastNonSpace(text, i)) != '.') {
                    heading = true;
                }
                if (sentenceStart >= 0 && (blankLineFollows || heading || bulletFollows || next >= n)) {
                    add(sentences, text, sentenceStart, i, paragraph, heading);
                    sentenceStart = -1;
                }
                if (blankLineFollows) {
                    paragraph++;
                }
                lineStart = i + 1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (sentenceStart < 0 && i == skipSpacesNoNewline(text, lineStart) && isBullet(text, i)) {
                continue; // the bullet is no part of its item
            }
            if (sentenceStart < 0) {
                sentenceStart = i;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, lineStart, sentenceStart)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(sentences, text, sentenceStart, end, paragraph, false);
                sentenceStart = -1;
                i = end - 1;
            }
        }
        if (sentenceStart >= 0) {
            add(sentences, text, sentenceStart, n, paragraph, false);
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end, int paragraph, boolean heading) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end, paragraph, heading));
        }
    }

    private boolean endsSentence(String text, int i, int lineStart, int sentenceStart) {
        int n = text.length();
        int after = i + 1;
        while (after < n && isCloser(text.charAt(after))) {
            after++;
        }
        if (after >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int next = after;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= n) {
            return true;
        }
        char first = text.charAt(next);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201C'
                || first == '(' || first == '\'' || first == '\u2018')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int wordStart = i;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, i);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (abbreviations.contains(lower)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "J. Smith"
        }
        if (word.equals("D.C")) {
            return true; // a place, which no name continues: "... took place in Washington, D.C. China also ..."
        }
        if (word.indexOf('.') > 0 && word.length() <= 6) {
            // "U.N", "U.S", "D.C": no end, unless a word that only opens sentences follows ("Washington, D.C. In June")
            return SENTENCE_OPENERS.contains(nextWord(text, next));
        }
        boolean atLineStart = text.substring(lineStart, wordStart).isBlank() && wordStart == sentenceStart;
        return !(atLineStart && isEnumerator(word));
    }

    /** Capitalised words that open a sentence far more often than they continue a name after an abbreviation. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "In", "On", "At", "During", "From", "This", "It",
            "Its", "These", "They", "He", "She", "Both", "After", "Before", "Since", "Later", "Earlier", "Meanwhile",
            "Throughout", "Under", "With", "When", "While", "As");

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean isEnumerator(String word) {
        return word.matches("[IVXLC]{1,6}|\\d{1,3}|[A-Za-z]");
    }

    /** The longest line before a list of bullets read as the list's heading ("2015", "Treaty bodies"). */
    private static final int MAX_LIST_HEADING_CHARS = 80;

    /** A list item's bullet at {@code at}: "-", "\u2022", "*", "\u2013" or "\u00B7" and a space. */
    private static boolean isBullet(String text, int at) {
        char c = text.charAt(at);
        return (c == '-' || c == '\u2022' || c == '*' || c == '\u2013' || c == '\u00B7') && at + 1 < text.length()
                && (text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\t');
    }

    /** The longest first line read as the document's title. */
    private static final int MAX_TITLE_CHARS = 300;

    private static int lastNonSpace(String text, int end) {
        int k = end - 1;
        while (k > 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }

    private static boolean looksLikeHeading(String text, int start, int newline, int next) {
        int end = newline;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start || end - start > 160) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || Character.isLowerCase(last) && end - start > 100) {
            return false;
        }
        int lastWord = end;
        while (lastWord > start && Character.isLetter(text.charAt(lastWord - 1))) {
            lastWord--;
        }
        if (CONTINUING_WORDS.contains(text.substring(lastWord, end))) {
            return false; // "The tenth round took place in Beijing in": a line of wrapped prose
        }
        return next >= text.length() || Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next));
    }

    private static int skipSpacesNoNewline(String text, int i) {
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u2019' || c == ']';
    }
}
