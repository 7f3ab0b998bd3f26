package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.segment.Token;

import java.util.Set;

/**
 * Where the capitalised title of an event, agreement or declaration begins and ends: "Eighth [Symposium on Human
 * Rights in the Asian-Pacific Region] in Beijing", "[Memorandum of Understanding Between the Ministry ... Programs]".
 * Lower-case function words may sit inside a title; "in" followed by a known place ends it.
 */
public final class Titles {

    private static final Set<String> INNER_WORDS = Set.of("on", "of", "for", "the", "and", "between", "to", "in", "at",
            "-", "'", "s", "&", "against", "with", "from", "among", "its", "a", "an", "towards", "toward", "--", "\u2013",
            "\u2014", "el", "al", "de");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** Words for the building an event was held in, after "at the". */
    private static final Set<String> PREMISES = Set.of("headquarters", "seat", "premises", "palais", "palace", "office",
            "offices", "residence", "embassy", "ministry", "hall", "house", "centre", "center", "building", "department");

    /** The most words of a building's name before its premises word: "the Foreign Ministry", "the State Department". */
    private static final int PREMISES_NAME = 3;

    /** Whether a building's name starts at {@code k}: "Headquarters", "State Department", "Foreign Ministry". */
    private static boolean premisesAt(SentenceView v, int k) {
        for (int j = k; j < k + PREMISES_NAME && v.token(j) != null; j++) {
            if (PREMISES.contains(v.token(j).norm())) {
                return true;
            }
            if (!v.token(j).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    private Titles() {
    }

    /** The token after the last capitalised word of a title that runs on from {@code from}. */
    public static int extendRight(SentenceView v, int from, int limit) {
        int i = from;
        int lastGood = from;
        while (i < limit) {
            Token t = v.token(i);
            if (t.isWord() && t.isCapitalised() && !MONTHS.contains(t.norm())) {
                i++;
                lastGood = i;
            } else if (t.isNumber() && t.text().length() == 4 && i > from) {
                i++;
                lastGood = i;
            } else if (t.is("-") && !t.spaceBefore() && i > from && v.token(i - 1).isCapitalised() && v.token(i + 1) != null
                    && v.token(i + 1).isWord() && !v.token(i + 1).spaceBefore() && i + 1 < limit) {
                i += 2; // "... on the Twenty-fifth Anniversary of ...": a hyphenated word of the title
                lastGood = i;
            } else if (t.is(",") && i > from && listGoesOnInTitle(v, i, limit) || t.is(":") && subtitleAt(v, i + 1)) {
                i++; // "Declaration on Human Rights, Democracy and the Rule of Law", "...: Towards a Security Community"
            } else if (INNER_WORDS.contains(t.norm()) && !t.is(",")) {
                if (t.is("in") && v.places().in(i, i + 1) != null) {
                    break;
                }
                if (t.is("at") && v.tokenIs(i + 1, "the") && premisesAt(v, i + 2)) {
                    break; // "Human Rights Dialogue at the Headquarters of the African Union Commission": where
                }           // (also "at the State Department", "at the Foreign Ministry")
                Token next = v.token(i + 1);
                if ((t.is("in") || t.is("on") || t.is("at")) && next != null
                        && (next.isNumber() || MONTHS.contains(next.norm()))) {
                    break; // "... in 1993", "... on 5 May": a date, not part of the name
                }
                if (t.is("s") && !v.apostropheAt(i - 1)) {
                    break;
                }
                if (t.is("and") && namesAnotherEvent(v, i + 1, limit)) {
                    break; // "the Sino-German Human Rights Dialogue and the Sino-US Human Rights Dialogue": two events
                }
                i++;
            } else {
                break;
            }
        }
        return lastGood;
    }

    /** Words that end a lower-case description: the sentence goes on to the parties, the signing or another clause. */
    private static final Set<String> DESCRIPTION_ENDS = Set.of("with", "between", "which", "that", "who", "signed",
            "under", "during", "while", "when", "as", "at", "by", "through", "whereby", "was", "were", "is", "will",
            "has", "had", "have", "on", "following", "after", "before", "since", "covering", "including", "aimed",
            "focusing", "providing", "worth");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "this", "these", "those");

    /**
     * The end of what a name says it is about, written in lower case after its head noun: "a memorandum of
     * understanding [on technical cooperation in the field of human rights] with OHCHR", "a programme [for the period
     * 2020-2022]". Runs from a leading "on" or "for" to the first word that starts another part of the clause
     * (a party after "with", a place or date, a comma, a verb after "and"); {@code from} if nothing is described.
     */
    public static int extendDescription(SentenceView v, int from, int limit) {
        if (!(v.tokenIs(from, "on") || v.tokenIs(from, "for") || v.tokenIs(from, "concerning") || v.tokenIs(from, "regarding"))
                || startsPlaceOrDate(v, from + 1)) {
            return from;
        }
        int lastGood = from;
        for (int i = from + 1; i < Math.min(limit, from + 30); i++) {
            Token t = v.token(i);
            if (t.isWord() || t.isNumber()) {
                if (DESCRIPTION_ENDS.contains(t.norm()) && !(t.is("on") && i == from + 1)) {
                    break;
                }
                if (t.is("in") && v.token(i + 1) != null && v.token(i + 1).isCapitalised()) {
                    break; // "... in Lima": where it was signed, known place or not
                }
                if ((t.is("in") || t.is("to")) && startsPlaceOrDate(v, i + 1)) {
                    break; // "... in Beijing", "... in May 2019"
                }
                if (t.is("to") && !(v.token(i + 1) != null && (DETERMINERS.contains(v.token(i + 1).norm())
                        || v.token(i + 1).isCapitalised() || v.token(i + 1).isNumber()))) {
                    break; // "... to strengthen": the purpose, not the name
                }
                if (t.is("and") && v.token(i + 1) != null && (v.token(i + 1).norm().endsWith("ed")
                        || v.tokenIs(i + 1, "will") || v.tokenIs(i + 1, "also"))) {
                    break; // "... and agreed to": a second predicate
                }
                if (t.isNumber() && !termFollows(v, i) && !amountFollows(v, i)) {
                    break; // a date that is not the agreement's period
                }
                lastGood = i + 1;
            } else if (t.is("-") || t.is("\u2013") || t.is("'") || t.is("\"") || t.is("\u201c") || t.is("\u201d")) {
                continue; // "capacity-building", "2018-2020", a quoted programme name: the next word decides
            } else {
                break;
            }
        }
        if (v.tokenIs(lastGood - 1, "from") && v.tokenIs(lastGood - 2, "period")) {
            lastGood -= 2; // "... for the period from 2016 to 2018": the term, not the name
        }
        while (lastGood > from && (v.tokenIs(lastGood - 1, "the") || v.tokenIs(lastGood - 1, "and")
                || v.tokenIs(lastGood - 1, "of") || v.tokenIs(lastGood - 1, "in") || v.tokenIs(lastGood - 1, "for")
                || v.tokenIs(lastGood - 1, "-") || v.tokenIs(lastGood - 1, "\u2013"))) {
            lastGood--;
        }
        return lastGood > from + 1 ? lastGood : from;
    }

    /** Whether the words from {@code tok} name a place or start a date ("in Geneva", "on 5 May", "in 2019"). */
    private static boolean startsPlaceOrDate(SentenceView v, int tok) {
        Token next = v.token(tok);
        return next == null || v.places().in(tok, tok + 1) != null || MONTHS.contains(next.norm())
                || next.isNumber() && !termFollows(v, tok);
    }

    /** Whether a number at {@code tok} is a sum of money: "EUR 10 million", "$ 2 million". */
    private static boolean amountFollows(SentenceView v, int tok) {
        Token before = v.token(tok - 1);
        return before != null && (before.is("$") || before.text().length() == 3 && before.text().equals(
                before.text().toUpperCase(java.util.Locale.ROOT)) && before.isWord());
    }

    /**
     * The first word of a lower-case noun phrase's modifiers before its head at {@code head}, after its determiner:
     * "a [three-year technical cooperation] programme", "the [financing] agreement"; {@code head} if no determiner
     * opens the phrase within a few words (then the word before may be a verb: "signed memoranda").
     */
    public static int extendModifiersLeft(SentenceView v, int head, int floor) {
        for (int i = head - 1; i >= Math.max(floor, head - 5); i--) {
            Token t = v.token(i);
            if (DETERMINERS.contains(t.norm())) {
                return v.tokenIs(i + 1, "new") ? i + 2 : i + 1; // "a new memorandum": not part of what it is
            }
            if (!(t.isWord() || t.isNumber() || t.is("-")) || v.overlapsMention(i, i + 1)) {
                return head;
            }
        }
        return head;
    }

    /** Whether a number at {@code tok} is the period a programme covers: "for 2017-2019", "for the period 2020-2022". */
    private static boolean termFollows(SentenceView v, int tok) {
        return v.tokenIs(tok - 1, "for") || v.tokenIs(tok - 1, "period") || v.tokenIs(tok - 1, "-")
                || v.tokenIs(tok - 1, "\u2013") || v.tokenIs(tok - 1, "covering")
                || v.tokenIs(tok - 1, "the") && v.tokenIs(tok - 2, "for");
    }

    /** Whether a title's comma at {@code comma} lists on: a capitalised word no mention covers, then "and" soon. */
    private static boolean listGoesOnInTitle(SentenceView v, int comma, int limit) {
        Token next = v.token(comma + 1);
        if (next == null || !next.isWord() || !next.isCapitalised() || v.overlapsMention(comma + 1, comma + 2)) {
            return false;
        }
        // "... against Racism, Racial Discrimination, Xenophobia and Related Intolerance": capitalised items, commas
        // between them, up to an "and" before the last
        for (int k = comma + 2; k < Math.min(limit, comma + 10); k++) {
            if (v.tokenIs(k, "and")) {
                return k == comma + 2 || v.token(k + 1) != null && (v.token(k + 1).isCapitalised() || v.tokenIs(k + 1, "the"))
                        && !v.overlapsMention(k + 1, k + 2);
            }
            boolean item = v.token(k).isWord() && v.token(k).isCapitalised() && !v.overlapsMention(k, k + 1);
            boolean nextItem = v.tokenIs(k, ",") && v.token(k + 1) != null && v.token(k + 1).isWord()
                    && v.token(k + 1).isCapitalised() && !v.overlapsMention(k + 1, k + 2);
            // "... on Democracy, Governance, Rule of Law and Human Rights": an item of several words
            boolean inner = (v.tokenIs(k, "of") || v.tokenIs(k, "the")) && v.token(k + 1) != null
                    && v.token(k + 1).isWord() && v.token(k + 1).isCapitalised();
            if (!item && !nextItem && !inner) {
                return false;
            }
        }
        return false;
    }

    /** Whether a subtitle starts at {@code tok} after a colon: a capitalised word no mention covers. */
    private static boolean subtitleAt(SentenceView v, int tok) {
        Token t = v.token(tok);
        return t != null && t.isWord() && t.isCapitalised() && !v.overlapsMention(tok, tok + 1);
    }

    /** Whether the capitalised words from {@code from} (after "the") end in an event's noun ("... Dialogue"). */
    private static boolean namesAnotherEvent(SentenceView v, int from, int limit) {
        int start = v.tokenIs(from, "the") ? from + 1 : from;
        int end = start;
        while (end < limit && v.token(end) != null && (v.token(end).isWord() && v.token(end).isCapitalised()
                || v.token(end).is("-"))) {
            end++;
        }
        return v.firstCue(CueKind.EXCHANGE_NOUN, start, end) != null;
    }

    /** The first token of capitalised words (and hyphenated compounds) written right before {@code tok}. */
    public static int extendLeft(SentenceView v, int tok, int floor) {
        int i = tok;
        while (i - 1 >= floor) {
            Token t = v.token(i - 1);
            if (t.isWord() && t.isCapitalised() && v.ordinals().at(i - 1) == null && !MONTHS.contains(t.norm())
                    && !(i - 1 == 0 && v.kb.isNameStopword(t.norm()))) {
                i--;
            } else if (t.norm().equals("-") && i - 2 >= floor && v.token(i - 2).isWord() && v.token(i - 2).isCapitalised()) {
                i--;
            } else if (t.norm().equals("-") && i - 2 >= floor && v.tokenIs(i - 2, ".")) {
                // "U.S.-China": a state abbreviated with periods before the hyphen
                final int dot = i - 2;
                Mention abbreviated = v.nearestLeft(i - 1, m -> m.tokEnd() == dot + 1 && m.tokStart() >= floor);
                if (abbreviated == null) {
                    break;
                }
                i = abbreviated.tokStart();
            } else if ((t.norm().equals("and") || t.norm().equals("of") && v.token(i).isCapitalised()) && i - 2 >= floor
                    && v.token(i - 2).isWord() && v.token(i - 2).isCapitalised() && !v.overlapsMention(i - 2, i - 1)) {
                i--; // "Enhanced Partnership and Cooperation Agreement" (not "Kenya and Uganda"), "Rule of Law Dialogue"
            } else {
                break;
            }
        }
        return i;
    }
}
