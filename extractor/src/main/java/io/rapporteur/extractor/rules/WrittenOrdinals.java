package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordinals as a sentence writes them: in words ("ninth", "twenty-first", "one hundred and twenty-fifth") or in
 * figures ("12th"), alone or coordinated ("the 12th and 13th"). The words come from the knowledge base.
 */
public final class WrittenOrdinals {

    private final List<Token> tokens;
    private final KnowledgeBase kb;

    WrittenOrdinals(List<Token> tokens, KnowledgeBase kb) {
        this.tokens = tokens;
        this.kb = kb;
    }

    /** The ordinal written at token {@code i} ("ninth", "Eighth", "9th", "twenty-first"): {value, tokens used}. */
    public int[] at(int i) {
        Token t = token(i);
        if (t == null || !t.isWord()) {
            return null;
        }
        Integer hundreds = kb.cardinal(t.norm());
        if (hundreds != null && hundreds < 10 && tokenIs(i + 1, "hundred") && tokenIs(i + 2, "and")) {
            // "one hundred and twenty-fifth session" (the Human Rights Committee's)
            int[] rest = at(i + 3);
            return rest == null || rest[0] >= 100 ? null : new int[] {hundreds * 100 + rest[0], 3 + rest[1]};
        }
        Integer word = kb.ordinal(t.norm());
        if (word != null) {
            return new int[] {word, 1};
        }
        Integer tens = kb.tens(t.norm());
        if (tens != null && tokenIs(i + 1, "-") && token(i + 2) != null) {
            Integer unit = kb.ordinal(token(i + 2).norm());
            if (unit != null && unit < 10) {
                return new int[] {tens + unit, 3};
            }
        }
        String n = t.norm();
        if (n.length() >= 3 && (n.endsWith("st") || n.endsWith("nd") || n.endsWith("rd") || n.endsWith("th"))) {
            String digits = n.substring(0, n.length() - 2);
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() <= 4) {
                return new int[] {Integer.parseInt(digits), 1};
            }
        }
        return null;
    }

    /**
     * The ordinal whose last token is {@code lastTok}: "12th", or all of "twenty-third" when {@code lastTok} is
     * "third". Returns {value, first token}, or null.
     */
    public int[] endingAt(int lastTok) {
        int[] compound = lastTok >= 2 ? at(lastTok - 2) : null;
        int[] found = null;
        if (compound != null && compound[1] == 3) {
            found = new int[] {compound[0], lastTok - 2};
        } else {
            int[] single = at(lastTok);
            found = single != null && single[1] == 1 ? new int[] {single[0], lastTok} : null;
        }
        if (found != null && found[1] >= 3 && tokenIs(found[1] - 1, "and") && tokenIs(found[1] - 2, "hundred")) {
            int[] whole = at(found[1] - 3); // "one hundred and twenty-fifth"
            if (whole != null && whole[1] == lastTok - (found[1] - 3) + 1) {
                return new int[] {whole[0], found[1] - 3};
            }
        }
        return found;
    }

    /** Ordinals coordinated in a row ("the 12th and 13th", "the twenty-first, twenty-second and twenty-third"). */
    public record Coordinated(List<Integer> values, int firstTok, int lastTok) {
    }

    /**
     * The ordinal ending at {@code lastTok} with those coordinated before it ("and", ","), first first, none before
     * {@code floor}; null when no ordinal ends there.
     */
    public Coordinated coordinatedEndingAt(int lastTok, int floor) {
        int[] last = endingAt(lastTok);
        if (last == null) {
            return null;
        }
        List<Integer> values = new ArrayList<>(List.of(last[0]));
        int first = last[1];
        while (true) {
            int k = first - 1;
            while (k >= floor && (tokenIs(k, "and") || tokenIs(k, ","))) {
                k--;
            }
            int[] earlier = k < first - 1 && k >= floor ? endingAt(k) : null;
            if (earlier == null || earlier[1] < floor) {
                return new Coordinated(values, first, last[1]);
            }
            values.add(0, earlier[0]);
            first = earlier[1];
        }
    }

    private Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    private boolean tokenIs(int i, String norm) {
        Token t = token(i);
        return t != null && t.is(norm);
    }
}
