package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.WrittenOrdinals;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the words before an exchange noun say: "the ninth and tenth", "its fourth human rights", "EU-China". Tokens from
 * {@code start} on; the ordinals and where the (last) one is; the topic words; whether a non-topic modifier stands
 * there ("regional", "Asia-Pacific") and makes it {@code international}; the sides' compound; and a count of rounds
 * ("two rounds of ...").
 */
record NounPhrase(int start, List<Integer> ordinals, int ordinalTok, List<String> topicWords,
                  boolean hasModifier, List<Mention> compounds, boolean international, int roundCount) {

    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "a", "an", "his", "her", "this",
            "these", "that", "our");

    /**
     * "the symposium", "this dialogue": a reference to an event already reported (not "the consultations between A and
     * B", named in full by its sides).
     */
    static boolean isBareAnaphor(SentenceView v, CueMatch noun) {
        return noun.tokStart() > 0 && (v.tokenIs(noun.tokStart() - 1, "the") || v.tokenIs(noun.tokStart() - 1, "this"))
                && !v.sidesFollow(noun.tokEnd());
    }

    /** Words before the noun back to a determiner: ordinals, topic words, and "the 37th round of the ...". */
    static NounPhrase read(SentenceView v, int nounTok, int floor) {
        List<Integer> ordinals = new ArrayList<>();
        List<String> topic = new ArrayList<>();
        List<Mention> compounds = new ArrayList<>();
        boolean international = false;
        int ordinalTok = -1;
        boolean modifier = false;
        int i = nounTok - 1;
        int start = nounTok;
        while (i >= floor) {
            Token t = v.token(i);
            int[] ordinal = v.ordinals().at(i);
            Mention party = endingAt(v, i);
            if (party != null && ordinals.isEmpty() && (compounds.isEmpty() || v.tokenIs(party.tokEnd(), "-"))) {
                compounds.add(0, party); // "China-US human rights dialogue"
                start = party.tokStart();
                i = party.tokStart() - 1;
                if (v.tokenIs(party.tokStart(), "the")) {
                    break;
                }
            } else if (t.is("-") && !t.spaceBefore() && endingAt(v, i - 1) != null && !compounds.isEmpty()) {
                i--;
            } else if (v.ordinals().endingAt(i) != null && v.ordinals().endingAt(i)[1] < i) {
                // "seventy-fifth", before its "fifth" alone; "one hundred and twenty-fifth"
                int[] whole = v.ordinals().endingAt(i);
                ordinals.add(0, whole[0]);
                ordinalTok = ordinalTok < 0 ? whole[1] : ordinalTok;
                start = whole[1];
                i = whole[1] - 1;
            } else if (ordinal != null && ordinal[1] == 1) {
                ordinals.add(0, ordinal[0]);
                if (ordinalTok < 0) {
                    ordinalTok = i;
                }
                start = i;
                i--;
            } else if (t.is("of") && "ROUND".equals(ExchangeRounds.cueValue(v, i - 1))) {
                break; // "two rounds of human rights dialogue": the count is no topic
            } else if ((t.is("and") || t.is(",")) && !ordinals.isEmpty()) {
                i--;
            } else if (t.is("and") && compounds.isEmpty() && endingAt(v, i - 1) != null) {
                break; // "dialogues with Britain and Germany and human rights consultations with ...": a second object
            } else if (t.isWord() && (!t.isCapitalised() || i == 0 && endingAt(v, i) == null) // "Human rights dialogues were"
                    && !DETERMINERS.contains(t.norm()) && ordinals.isEmpty() && !t.isNumber() && !isVerb(v, i)) {
                if (isNonTopic(v, i)) {
                    modifier = true;
                    international |= "INTL".equals(nonTopicValue(v, i));
                } else {
                    topic.add(0, t.text());
                }
                start = i;
                i--;
            } else if (t.is("-") && ordinals.isEmpty() && (!topic.isEmpty() || modifier)) {
                i--;
            } else if (t.is("'") && !t.spaceBefore() && ordinals.isEmpty()) {
                i--; // "their legal experts' dialogue": a possessive inside the topic
                start = i + 1;
            } else if (t.isWord() && t.isCapitalised() && ordinals.isEmpty() && !v.token(nounTok).isCapitalised()
                    && endingAt(v, i) == null) {
                modifier = true; // "the 11th Asia-Pacific workshop"
                international |= "INTL".equals(nonTopicValue(v, i)); // "the fourth China-Africa seminar"
                start = i;
                i--;
            } else {
                break;
            }
        }
        // "the 12th China-Switzerland and the 11th China-Germany human rights dialogues": each pair its own round
        if (ordinals.size() == 1 && compounds.size() == 2 && v.token(nounTok).norm().endsWith("s")) {
            for (PairRound earlier = PairRound.before(v, start, floor); earlier != null;
                 earlier = PairRound.before(v, earlier.start(), floor)) {
                ordinals.add(0, earlier.ordinal());
                compounds.addAll(0, earlier.sides());
                start = earlier.start();
                i = start - 1;
            }
        }
        while (!topic.isEmpty() && (topic.get(0).equalsIgnoreCase("and") || topic.get(0).equalsIgnoreCase("or"))) {
            topic.remove(0); // "..., and human rights consultations with": the conjunction joins clauses
        }
        // "the 37th round of the EU-China Human Rights Dialogue", "the ninth round of China-US human rights dialogue"
        int j = v.token(i) != null && DETERMINERS.contains(v.token(i).norm()) ? i - 1 : i;
        if (ordinals.isEmpty() && v.tokenIs(j, "of") && v.token(j - 1) != null && "ROUND".equals(ExchangeRounds.cueValue(v, j - 1))) {
            // "the twenty-third round of", "the 12th and 13th rounds of human rights dialogue": every ordinal listed
            WrittenOrdinals.Coordinated listed = v.ordinals().coordinatedEndingAt(j - 2, floor);
            if (listed != null) {
                ordinals.addAll(listed.values());
                ordinalTok = listed.lastTok();
            }
        }
        int roundCount = 0;
        if (ordinals.isEmpty() && v.tokenIs(j, "of") && "ROUND".equals(ExchangeRounds.cueValue(v, j - 1)) && v.token(j - 2) != null) {
            Integer count = v.kb.cardinal(v.token(j - 2).norm());
            if (count == null && v.token(j - 2).isNumber() && v.token(j - 2).text().length() <= 3) {
                count = Integer.parseInt(v.token(j - 2).text()); // "37 rounds of human rights dialogue"
            }
            roundCount = count == null ? 0 : count;
        }
        return new NounPhrase(start, ordinals, ordinalTok, topic, modifier, compounds, international, roundCount);
    }

    /** One "[the] 12th China-Switzerland" of a list of rounds sharing their noun, from {@code start} on. */
    private record PairRound(int start, int ordinal, List<Mention> sides) {

        /**
         * The round and pair written just before token {@code next}, joined to it by "and" or a comma ("the 12th
         * China-Switzerland and the 11th ..."), else null.
         */
        static PairRound before(SentenceView v, int next, int floor) {
            int k = v.tokenIs(next - 1, "the") ? next - 2 : next - 1;
            if (!v.tokenIs(k, "and") && !v.tokenIs(k, ",")) {
                return null;
            }
            Mention second = endingAt(v, k - 1);
            if (second == null || !v.tokenIs(second.tokStart() - 1, "-")) {
                return null;
            }
            Mention first = endingAt(v, second.tokStart() - 2);
            int[] ordinal = first == null ? null : v.ordinals().endingAt(first.tokStart() - 1);
            if (ordinal == null || ordinal[1] < floor) {
                return null;
            }
            int start = v.tokenIs(ordinal[1] - 1, "the") && ordinal[1] - 1 >= floor ? ordinal[1] - 1 : ordinal[1];
            return new PairRound(start, ordinal[0], List.of(first, second));
        }
    }

    /** A state or body whose mention ends at token {@code tok}. */
    static Mention endingAt(SentenceView v, int tok) {
        for (Mention m : v.mentions) {
            if (m.tokEnd() - 1 == tok && Roles.PARTY.test(m) && !m.inferred()) {
                return m;
            }
        }
        return null;
    }

    static boolean isVerb(SentenceView v, int tok) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() <= tok && tok < c.tokEnd() && (c.is(CueKind.EXCHANGE_VERB) || c.is(CueKind.STATUS)
                    || c.is(CueKind.MEETING) || c.is(CueKind.ATTENDANCE) || c.is(CueKind.VISIT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a vague count stands before the noun phrase: "a number of", "several", "various", "many". */
    static boolean countedVaguely(SentenceView v, int nounTok) {
        for (int k = nounTok - 1; k >= Math.max(0, nounTok - VAGUE_COUNT_REACH); k--) {
            if (v.tokenIs(k, "several") || v.tokenIs(k, "various") || v.tokenIs(k, "many") || v.tokenIs(k, "numerous")
                    || v.tokenIs(k, "number") && v.tokenIs(k - 1, "a") || v.tokenIs(k, "series") && v.tokenIs(k - 1, "a")) {
                return true;
            }
            if (v.tokenIs(k, "the") || v.token(k) == null || !v.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** How far before an exchange noun a vague count may stand: "a number of regional seminars". */
    private static final int VAGUE_COUNT_REACH = 6;

    /** The kind of the non-topic word at {@code tok} ("INTL" for "regional", "Asia-Pacific"), else null. */
    static String nonTopicValue(SentenceView v, int tok) {
        CueMatch c = nonTopicAt(v, tok);
        return c == null ? null : c.value(CueKind.NON_TOPIC);
    }

    /** Whether a word that says who or what kind, not what about ("international", "annual"), covers {@code tok}. */
    private static boolean isNonTopic(SentenceView v, int tok) {
        return nonTopicAt(v, tok) != null;
    }

    /** The first NON_TOPIC cue that covers token {@code tok}, else null. */
    private static CueMatch nonTopicAt(SentenceView v, int tok) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() <= tok && tok < c.tokEnd() && c.is(CueKind.NON_TOPIC)) {
                return c;
            }
        }
        return null;
    }
}
