package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

/** The name an exchange goes by in the discourse, with its round and, where the headline says it in full, its sides. */
final class ExchangeNames {

    /** The most tokens from a round's ordinal to the exchange's name: "eighth round of their Human Rights Dialogue". */
    private static final int MAX_ROUND_TO_NAME = 5;

    private ExchangeNames() {
    }

    /**
     * The name the exchange goes by in the discourse, its round included: "22nd round of the UK-China Human Rights
     * Dialogue", "2021 Nairobi Forum on Human Rights", or as the headline names it; else its words up to {@code wordsEnd}.
     */
    static String fullName(SentenceView v, CueMatch noun, NounPhrase np, boolean named, String name, int nameStart,
                           int nameEnd, int wordsEnd) {
        String ordinalText = np.ordinalTok() >= 0 && np.ordinalTok() == nameStart - 1 && named
                ? v.token(np.ordinalTok()).text() : null;
        String fullName = name == null ? null : ordinalText == null ? name : ordinalText + " " + name;
        if (name != null && ordinalText == null && named && np.ordinalTok() >= 0 && np.ordinalTok() < nameStart
                && nameStart - np.ordinalTok() <= 4 && (v.findWord("round", np.ordinalTok(), nameStart) > 0
                || v.findWord("meeting", np.ordinalTok(), nameStart) > 0 || v.findWord("session", np.ordinalTok(), nameStart) > 0)) {
            // "The 22nd round of the UK-China Human Rights Dialogue was held ...", "The tenth meeting of the
            // EU-Bangladesh Sub-Group on ...": the round is part of its name
            int[] ordinal = v.ordinals().endingAt(np.ordinalTok());
            fullName = v.text(ordinal == null ? np.ordinalTok() : ordinal[1], nameEnd);
        }
        if (fullName != null && fullName.equals(name) && v.token(nameStart - 1) != null
                && v.token(nameStart - 1).text().matches("(19|20)\\d\\d") && v.tokenIs(nameStart - 2, "the")) {
            // "The 2021 Nairobi Forum on Human Rights was held ...": the edition's year is part of its name
            fullName = v.token(nameStart - 1).text() + " " + name;
        }
        String headline = v.discourse.titleText();
        if (ordinalText != null && name != null && headline != null && v.mentionsIn(nameStart, nameEnd, Roles.PARTY).isEmpty()
                && v.sentence.index() > 0) {
            // "held their 14th Human Rights Dialogue" under the title "... 14th African Union - European Union
            // Human Rights Dialogue": the round as its headline names it in full
            int at = headline.indexOf(ordinalText + " ");
            int end = at < 0 ? -1 : headline.indexOf(name, at);
            if (at >= 0 && end > at + ordinalText.length() + 1) {
                fullName = headline.substring(at, end + name.length());
            }
        }
        if (fullName != null && name != null && headline != null
                && (fullName.contains(" their " + name) || fullName.contains(" its " + name))) {
            // "held the 34th round of their Human Rights Dialogue" under "... 34th Round of the EU-China Human
            // Rights Dialogue": the dialogue as the headline names it
            String sidesName = headlineSidesName(headline, name);
            if (sidesName != null) {
                fullName = fullName.replace(" their " + name, " the " + sidesName)
                        .replace(" its " + name, " the " + sidesName);
            }
        }
        if (name != null && headline != null && v.sentence.index() > 0 && np.ordinalTok() >= 0
                && np.ordinalTok() < nameStart && v.findWord("round", np.ordinalTok(), nameStart) > 0
                && (v.findWord("their", np.ordinalTok(), nameStart) > 0 || v.findWord("its", np.ordinalTok(), nameStart) > 0)) {
            // "held the 11th round of their annual Human Rights Dialogue" under the title "... on the 11th EU-Kyrgyz
            // Republic Human Rights Dialogue": the round as the headline names it
            int[] first = v.ordinals().endingAt(np.ordinalTok());
            String ordinal = v.text(first == null ? np.ordinalTok() : first[1], np.ordinalTok() + 1);
            int at = headline.indexOf(ordinal + " ");
            int end = at < 0 ? -1 : headline.indexOf(name, at);
            if (end > at) {
                fullName = headline.substring(at, end + name.length());
            }
        }
        if (name != null && np.ordinals().size() == 1 && np.ordinalTok() >= 0 && np.ordinalTok() < nameStart
                && nameStart - np.ordinalTok() <= MAX_ROUND_TO_NAME && v.mentionsIn(nameStart, nameEnd, Roles.PARTY).isEmpty()) {
            // "held the eighth round of their Human Rights Dialogue" under "... on the 8th EU-Viet Nam Human Rights
            // Dialogue": the round as a title names it with its sides, wherever the text writes it
            String titled = RoundTitles.withItsSides(v, np.ordinals().get(0), name);
            if (titled != null && (fullName == null || !fullName.contains(titled))) {
                fullName = titled;
            }
        }
        return fullName != null ? fullName : v.text(np.ordinalTok() >= 0 ? np.ordinalTok() : noun.tokStart(), wordsEnd);
    }

    /** The headline's "EU-China Human Rights Dialogue" for {@code name} "Human Rights Dialogue": one word of sides before it. */
    private static String headlineSidesName(String headline, String name) {
        int at = headline.indexOf(" " + name);
        if (at <= 0) {
            return null;
        }
        int wordStart = headline.lastIndexOf(' ', at - 1) + 1;
        String sides = headline.substring(wordStart, at);
        return sides.contains("-") || sides.contains("\u2013") ? sides + " " + name : null;
    }
}
