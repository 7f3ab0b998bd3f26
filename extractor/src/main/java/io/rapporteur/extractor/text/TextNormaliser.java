package io.rapporteur.extractor.text;

import java.text.Normalizer;

/**
 * Brings text from any source to the one form that fact offsets refer to:
 * <ul>
 *   <li>line ends are {@code \n} ({@code \r\n}, {@code \r}, NEL and LINE SEPARATOR become one);</li>
 *   <li>non-breaking and other Unicode spaces and tabs become a plain space; runs of spaces collapse to one and
 *       lines carry no leading or trailing space;</li>
 *   <li>soft hyphens, zero-width spaces, byte-order marks and stray control characters are removed;</li>
 *   <li>paragraphs (text separated by one or more blank lines, a form feed or PARAGRAPH SEPARATOR) are separated by
 *       exactly one blank line; single line breaks inside a paragraph are kept;</li>
 *   <li>the whole is trimmed and in Unicode NFC.</li>
 * </ul>
 * One linear pass, so that a 5 MB document costs milliseconds; normalising normalised text changes nothing.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        int pendingLineBreaks = 0;
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            switch (classify(c)) {
                case LINE_BREAK -> {
                    if (c == '\r' && i + 1 < length && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                    pendingLineBreaks++;
                }
                case PARAGRAPH_BREAK -> pendingLineBreaks += 2;
                case SPACE -> pendingSpace = true;
                case INVISIBLE -> {
                    // dropped: it carries no text and would only shift offsets
                }
                case VISIBLE -> {
                    if (!out.isEmpty()) {
                        if (pendingLineBreaks >= 2) {
                            out.append("\n\n");
                        } else if (pendingLineBreaks == 1) {
                            out.append('\n');
                        } else if (pendingSpace) {
                            out.append(' ');
                        }
                    }
                    pendingSpace = false;
                    pendingLineBreaks = 0;
                    out.append(c);
                }
            }
        }
        // NFC last: removing a soft hyphen can bring a base letter and a combining mark together.
        return Normalizer.isNormalized(out, Normalizer.Form.NFC)
                ? out.toString()
                : Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private enum CharClass { LINE_BREAK, PARAGRAPH_BREAK, SPACE, INVISIBLE, VISIBLE }

    private static CharClass classify(char c) {
        switch (c) {
            case '\n', '\r', '\u000B', '\u0085', '\u2028':
                return CharClass.LINE_BREAK;
            case '\f', '\u2029':
                return CharClass.PARAGRAPH_BREAK;
            case ' ', '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
                return CharClass.SPACE;
            case '\u00AD', '\u200B', '\u2060', '\uFEFF':
                return CharClass.INVISIBLE;
            default:
                if (c >= '\u2000' && c <= '\u200A') {
                    return CharClass.SPACE;
                }
                return Character.getType(c) == Character.CONTROL ? CharClass.INVISIBLE : CharClass.VISIBLE;
        }
    }
}
