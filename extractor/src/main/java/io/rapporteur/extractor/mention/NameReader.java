package io.rapporteur.extractor.mention;

import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.segment.Token;

import java.util.List;
import java.util.Set;

/**
 * Where a person's name runs in the tokens: capitalised words, initials ("J. K."), particles inside a family name
 * ("Olivier De Schutter"), hyphenated given names ("Myung-bak"), not acronyms or words the knowledge base says are no
 * names.
 */
final class NameReader {

    private final KnowledgeBase kb;
    /** Lower-case words inside a family name: "Olivier De Schutter". */
    private final Set<String> nameParticles;
    /** Words that follow a name's hyphen without being part of the name ("a Robinson-led mission"). */
    private final Set<String> hyphenSuffixes;

    NameReader(KnowledgeBase kb) {
        this.kb = kb;
        this.nameParticles = kb.words("name-particles");
        this.hyphenSuffixes = kb.words("hyphen-suffixes");
    }

    /** Whether the word is a particle inside a family name ("de", "van", "bin"). */
    boolean isParticle(String norm) {
        return nameParticles.contains(norm);
    }

    static final int MAX_NAME_WORDS = 5;

    /** The longest lower-case syllable after a hyphen in a given name ("Myung-bak", "Ki-kweon", "Joo-hyeon"): longer ones are ordinary words. */
    private static final int MAX_SYLLABLE_LETTERS = 6;

    boolean startsName(Token t) {
        return t.isWord() && t.isCapitalised() && !t.isNumber() && !kb.isNameStopword(t.norm()) && !isAcronym(t.text());
    }

    /**
     * A family name written in capitals before the given name, as Japanese and some other releases write it: the
     * "KUWAHARA" of "Mr. KUWAHARA Takashi". Only where a title or honorific has opened the name (an acronym otherwise).
     */
    boolean capitalisedFamilyName(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.isWord() && !t.isNumber() && t.text().length() >= 2 && isAcronym(t.text())
                && t.text().chars().allMatch(Character::isLetter) && !kb.isNameStopword(t.norm())
                && startsName(tokens.get(k + 1));
    }

    /** An initial opening a name, its period then a name after: the "A." of "A. K. Abdul Momen". */
    boolean initialAt(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k).isWord() && tokens.get(k).text().length() == 1
                && Character.isUpperCase(tokens.get(k).text().charAt(0)) && tokens.get(k + 1).is(".")
                && (startsName(tokens.get(k + 2)) || initialAt(tokens, k + 2));
    }

    /**
     * The lower-case second syllable of a hyphenated given name, written against its hyphen or apostrophe ("Kyung-wha",
     * "Ki-moon", "Ra'ad"): token {@code k} is such a syllable when the token before it is an attached hyphen or
     * apostrophe.
     */
    boolean isSyllableTail(List<Token> tokens, int k) {
        if (k < 2 || k >= tokens.size()) {
            return false;
        }
        Token syllable = tokens.get(k);
        Token joint = tokens.get(k - 1);
        boolean attached = joint.isAttachedHyphen() || (joint.is("'") || joint.is("\u2019")) && !joint.spaceBefore();
        boolean possessive = !joint.isAttachedHyphen() && syllable.norm().equals("s"); // "Barack Obama's", no syllable
        return attached && !possessive && !syllable.spaceBefore() && syllable.isWord()
                && !syllable.isCapitalised() && !syllable.isNumber() && syllable.text().length() <= MAX_SYLLABLE_LETTERS
                && !hyphenSuffixes.contains(syllable.norm());
    }

    static boolean isAcronym(String text) {
        return text.length() >= 2 && text.chars().allMatch(Character::isUpperCase);
    }

    int nameRun(List<Token> tokens, int from, boolean[] occupied) {
        int k = from;
        int words = 0;
        int lastWordEnd = from;
        while (k < tokens.size() && words < MAX_NAME_WORDS && !occupied[k]) {
            Token t = tokens.get(k);
            if (startsName(t) || initialAt(tokens, k) || words == 0 && capitalisedFamilyName(tokens, k)) {
                words++;
                k++;
                lastWordEnd = k;
            } else if (words > 0 && (t.isAttachedHyphen() || t.is("'")) && k + 1 < tokens.size()
                    && !tokens.get(k + 1).spaceBefore() && startsName(tokens.get(k + 1))) {
                k++;
            } else if (words > 0 && lastWordEnd == k && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
                    && k + 2 < tokens.size() && tokens.get(k + 1).is(".") && startsName(tokens.get(k + 2))) {
                k += 2; // a middle initial: "Juan E. Mendez"
                lastWordEnd = k;
            } else if (words > 0 && t.is(".") && lastWordEnd == k && (tokens.get(k - 1).text().length() == 1
                    || kb.words("name-abbreviations").contains(tokens.get(k - 1).norm()))
                    && k + 1 < tokens.size() && startsName(tokens.get(k + 1))) {
                k++; // the period of a middle initial read as a word: "Juan E. Mendez", "Md. Enamur Rahman"
            } else if (words > 0 && lastWordEnd == k && isSyllableTail(tokens, k + 1)) {
                k += 2; // "Kyung-wha Kang", "Ban Ki-moon"
                lastWordEnd = k;
            } else if (words > 0 && isParticle(t.norm()) && k + 1 < tokens.size()
                    && (startsName(tokens.get(k + 1)) || tokens.get(k + 1).isAttachedHyphen() && k + 2 < tokens.size()
                    && startsName(tokens.get(k + 2)))) {
                k++; // "De Schutter", "al-Bashir"
                if (tokens.get(k).isAttachedHyphen()) {
                    k++;
                }
            } else {
                break;
            }
        }
        return lastWordEnd;
    }
}
