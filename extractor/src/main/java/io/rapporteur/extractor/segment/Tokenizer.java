package io.rapporteur.extractor.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into word and punctuation tokens in one linear pass. */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        boolean space = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                        || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < to) {
                i += 2;
            } else {
                i++;
            }
            String surface = text.substring(start, i);
            tokens.add(new Token(start, i, surface, normalise(surface), space));
            space = false;
        }
        return tokens;
    }

    /** The matching form of a token or of a phrase word: lower case, one apostrophe, one hyphen. */
    public static String normalise(String surface) {
        if (surface.length() == 1) {
            char c = surface.charAt(0);
            if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4') {
                return "'";
            }
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                return "-";
            }
        }
        return surface.toLowerCase(Locale.ROOT);
    }
}
