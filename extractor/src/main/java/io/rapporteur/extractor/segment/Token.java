package io.rapporteur.extractor.segment;

/**
 * One token of a sentence: a run of letters and digits, or one punctuation character.
 *
 * @param start       char offset in the document, inclusive
 * @param end         char offset in the document, exclusive
 * @param text        the token as written
 * @param norm        lower-cased, typographic apostrophes and dashes folded, for matching
 * @param spaceBefore whether white space separates it from the previous token
 */
public record Token(int start, int end, String text, String norm, boolean spaceBefore) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isNumber() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean is(String lower) {
        return norm.equals(lower);
    }

    /** A hyphen written against the previous word ("Vice-Premier", "Sino- African"): matching may skip it. */
    public boolean isAttachedHyphen() {
        return norm.equals("-") && !spaceBefore;
    }
}
