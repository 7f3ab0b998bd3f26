package io.rapporteur.contract.ids;

import java.text.Normalizer;
import java.util.Locale;

/** Folds free text for comparison, as FACTS.md scores it: case, punctuation and white space do not count. */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalised.length());
        boolean space = false;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
