package io.rapporteur.bench;

import java.util.List;

/**
 * One token count for both systems, so that their rates divide the same number: a run of letters or digits is a
 * token, and so is every other non-space character (close to what a Penn-Treebank tokenizer yields on prose).
 */
final class Tokens {

    private Tokens() {
    }

    static long count(List<String> documents) {
        long tokens = 0;
        for (String document : documents) {
            tokens += count(document);
        }
        return tokens;
    }

    static long count(String text) {
        long tokens = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    tokens++;
                }
                inWord = true;
            } else {
                inWord = false;
                if (!Character.isWhitespace(c)) {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
