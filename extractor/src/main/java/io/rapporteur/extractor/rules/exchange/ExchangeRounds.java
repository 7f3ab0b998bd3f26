package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.rules.WrittenOrdinals;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Which round of its series an exchange is: "the fifth", "for the fourth time", "..., the fifth since 2015", and counts
 * or habits that are no one round.
 */
final class ExchangeRounds {

    private ExchangeRounds() {
    }

    /**
     * "Two rounds of dialogue were held with the European Union: the fifth in London in April and the sixth in Vienna in
     * October": the exchanges read without a round, one per date, take the ordinals listed after the colon, in order.
     */
    static void roundsListedAfterAColon(SentenceView v, List<FactDraft> drafts) {
        int colon = v.findWord(":", 0, v.tokens.size());
        if (colon < 0 || drafts.size() < 2) {
            return;
        }
        List<Integer> ordinals = new ArrayList<>();
        for (int k = colon + 1; k + 1 < v.tokens.size(); k++) {
            if (v.tokenIs(k, "the")) {
                int[] ordinal = v.ordinals().at(k + 1);
                if (ordinal != null) {
                    ordinals.add(ordinal[0]);
                }
            }
        }
        List<FactDraft> unnumbered = drafts.stream().filter(d -> d.type() == FactType.EXCHANGE
                && d.fields().get("ordinal") == null && d.date() != null).toList();
        if (ordinals.size() < 2 || unnumbered.size() != ordinals.size()) {
            return;
        }
        for (int i = 0; i < unnumbered.size(); i++) {
            unnumbered.get(i).fields().put("ordinal", ordinals.get(i));
        }
    }

    /** The rounds told: the ordinals named before the noun, else after it; {@code appositive} where an apposition tells. */
    record RoundsTold(List<Integer> ordinals, boolean appositive) {
    }

    /** The exchange's round(s): before its noun ("the fifth and sixth"), else "for the fourth time", "..., the fifth since". */
    static RoundsTold roundsTold(SentenceView v, CueMatch noun, CueMatch verb, NounPhrase np, int ce) {
        List<Integer> ordinals = np.ordinals();
        boolean appositive = false;
        if (ordinals.equals(List.of(1)) && np.ordinalTok() >= 0 && firstAfterGap(v, 1, np.ordinalTok() + 1)) {
            ordinals = List.of(); // "the first round to be held in person since the 12th Dialogue"
        }
        if (ordinals.isEmpty()) {
            // "took place for the fourth time", up to the next exchange the clause names
            CueMatch nextNoun = v.firstCue(CueKind.EXCHANGE_NOUN, noun.tokEnd(), ce);
            // (nor past the next predicate: "held consultations with A and with B, and for the first time held a
            // consultation with C": C's first)
            CueMatch nextVerb = v.firstCue(CueKind.EXCHANGE_VERB, Math.max(noun.tokEnd(), verb.tokEnd()), ce);
            int end = Math.min(nextNoun == null ? ce : nextNoun.tokStart(), nextVerb == null ? ce
                    : ExchangeDates.commaAnd(v, noun.tokEnd(), nextVerb.tokStart()));
            ordinals = nthTime(v, Math.min(noun.tokEnd(), verb.tokEnd()), end);
            if (ordinals.isEmpty() && verb.tokStart() < noun.tokStart()) {
                // "..., and for the first time held a human rights consultation with the African Union"
                ordinals = nthTime(v, Math.max(0, verb.tokStart() - NTH_TIME_TOKENS), verb.tokStart());
            }
        }
        if (ordinals.isEmpty()) {
            ordinals = appositiveOrdinal(v, noun.tokEnd(), ce); // "held a dialogue in Oslo, the fifth since 2015"
            appositive = !ordinals.isEmpty();
        }
        if (ordinals.isEmpty() && verb.tokStart() > noun.tokStart()) {
            ordinals = roundAfterVerb(v, verb.tokEnd()); // "The ... Dialogue ... held its 15th round"
        }
        if (ordinals.isEmpty() && verb.tokStart() > noun.tokStart()) {
            // "The Australia-China human rights dialogue, whose 15th round took place in Canberra in 2014, ..."
            int whose = v.findWord("whose", noun.tokEnd(), Math.min(verb.tokStart(), noun.tokEnd() + WHOSE_REACH));
            ordinals = whose > 0 && v.tokenIs(whose - 1, ",") && whose < verb.tokStart() ? roundAfterVerb(v, whose + 1) : List.of();
        }
        // (not the apposition of "The Sino-Swiss dialogue, launched in 1991, held its 14th session in 2017")
        if (ordinals.isEmpty() && v.tokenIs(verb.tokEnd() - 1, "launched") && !v.tokenIs(verb.tokStart() - 1, ",")
                && !v.token(noun.tokEnd() - 1).norm().endsWith("s")) {
            ordinals = List.of(1); // "The China-Australia dialogue on human rights was launched in Beijing in August 1997"
        }
        return new RoundsTold(ordinals, appositive);
    }

    /** A further round written with its noun left out: "and the 11th with the Netherlands". */
    record ElidedRound(int ordinal, Mention partner) {
    }

    /**
     * "held the 12th human rights dialogue with Switzerland and the 11th with the Netherlands": the rounds after the
     * first partner (ending at {@code from}) whose noun is left out, each an ordinal and a partner; empty if none.
     */
    static List<ElidedRound> elidedRounds(SentenceView v, int from, int ce) {
        List<ElidedRound> out = new ArrayList<>();
        int k = from;
        while (k < ce) {
            int at = v.tokenIs(k, ",") ? k + 1 : k;
            if (!v.tokenIs(at, "and")) {
                break;
            }
            int ordinalFrom = v.tokenIs(at + 1, "the") ? at + 2 : at + 1;
            int[] ordinal = null;
            int ordinalEnd = -1;
            for (int j = ordinalFrom; j < Math.min(ce, ordinalFrom + 3) && ordinal == null; j++) {
                int[] o = v.ordinals().endingAt(j);
                if (o != null && o[1] == ordinalFrom) {
                    ordinal = o;
                    ordinalEnd = j + 1;
                }
            }
            if (ordinal == null || !v.tokenIs(ordinalEnd, "with")) {
                break;
            }
            final int partnerFrom = ordinalEnd + 1;
            Mention partner = v.firstRight(partnerFrom, Math.min(ce, partnerFrom + 2),
                    m -> (m.kind() == MentionKind.STATE || m.kind() == MentionKind.ORG) && m.id() != null);
            if (partner == null) {
                break;
            }
            out.add(new ElidedRound(ordinal[0], partner));
            k = partner.tokEnd();
        }
        return out;
    }

    /** Where "round" follows an ordinal ("the 16th round") in the tokens, else -1. */
    static int nthRound(SentenceView v, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (v.tokenIs(k, "round") && v.ordinals().endingAt(k - 1) != null) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "with A, B and C in March, July and September, respectively, the first of them in Cairo": which of the listed
     * exchanges (0 for the first, -2 for the last) the place after it belongs to; -1 where the sentence says no such.
     */
    static int oneOfThemAt(SentenceView v, int from, int ce) {
        for (int i = from; i + 4 < ce; i++) {
            if (v.tokenIs(i, ",") && v.tokenIs(i + 1, "the") && v.tokenIs(i + 3, "of")
                    && (v.tokenIs(i + 4, "them") || v.tokenIs(i + 4, "these"))) {
                return v.tokenIs(i + 2, "first") ? 0 : v.tokenIs(i + 2, "last") ? -2 : -1;
            }
        }
        return -1;
    }

    /** "..., the fifth since 2015", "..., the 12th such meeting": the round, in an apposition after the exchange. */
    private static List<Integer> appositiveOrdinal(SentenceView v, int from, int ce) {
        for (int i = from; i + 2 < ce; i++) {
            if (v.tokenIs(i, ",") && v.tokenIs(i + 1, "the")) {
                int[] ordinal = v.ordinals().at(i + 2); // "the fifth since 2015", "the twenty-first such meeting"
                int after = ordinal == null ? -1 : i + 2 + ordinal[1];
                if (ordinal != null && v.tokenIs(after, "of") && (v.tokenIs(after + 1, "them") || v.tokenIs(after + 1, "these")
                        || v.tokenIs(after + 1, "which") || v.tokenIs(after + 1, "those"))) {
                    return List.of(); // "consultations with A, B and C ..., the first of them in Cairo": one of the list
                }
                return ordinal != null && !firstAfterGap(v, ordinal[0], after) ? List.of(ordinal[0]) : List.of();
            }
        }
        return List.of();
    }

    /**
     * "their eleventh and twelfth rounds" after the partners: one ordinal for each of {@code count} partners, in
     * order; empty otherwise.
     */
    static List<Integer> possessiveRounds(SentenceView v, int from, int ce, int count) {
        int their = v.findWord("their", from, ce);
        if (their < 0) {
            return List.of();
        }
        CueMatch round = v.firstCue(CueKind.EXCHANGE_ROUND, their + 1, Math.min(ce, their + 2 + 2 * count));
        WrittenOrdinals.Coordinated listed = round == null ? null : v.ordinals().coordinatedEndingAt(round.tokStart() - 1, their + 1);
        return listed != null && listed.firstTok() == their + 1 && listed.values().size() == count
                ? listed.values() : List.of();
    }

    /** "have held a human rights dialogue annually since 2000": a habit, not one exchange. */
    static boolean habitual(SentenceView v, int cs, int ce) {
        for (int i = cs; i < ce; i++) {
            if (v.tokenIs(i, "annually") || v.tokenIs(i, "regularly") || v.tokenIs(i, "periodically")
                    || (v.tokenIs(i, "every") || v.tokenIs(i, "each")) && v.tokenIs(i + 1, "year")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb tells a habit in the present tense, not an exchange held: "The Lao PDR and the European Union
     * conduct a regular human rights dialogue", "Mongolia and the EU hold an annual human rights dialogue".
     */
    static boolean presentHabit(SentenceView v, CueMatch verb, CueMatch noun) {
        String word = v.token(verb.tokEnd() - 1).norm();
        if (verb.tokEnd() - verb.tokStart() != 1 || v.tokenIs(verb.tokStart() - 1, "to")
                || !v.kb.words("present-holding-verbs").contains(word)) {
            return false; // (not "willing to conduct dialogue", which ExchangeRule reads as it reads "to hold")
        }
        if (word.startsWith("conduct")) {
            return true; // also after its noun: "one of several bilateral human rights dialogues Australia conducts"
        }
        if (noun.tokStart() < verb.tokEnd()) {
            return false;
        }
        int k = verb.tokEnd();
        return v.tokenIs(k, "a") && v.tokenIs(k + 1, "regular") || v.tokenIs(k, "an") && v.tokenIs(k + 1, "annual");
    }

    /** "nine times", "five times since 2008": a count of exchanges after the name, not one exchange. */
    static boolean timesOver(SentenceView v, int from, int ce) {
        for (int i = from; i + 1 < ce; i++) {
            Integer count = v.kb.cardinal(v.token(i).norm());
            boolean number = count != null || v.token(i).isNumber();
            if (number && v.tokenIs(i + 1, "times") && (count == null || count > 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the first since 2002", "for the first time in six years": the first after a gap, not the first of the series.
     * {@code next} is the token after the ordinal (after "time" for "for the first time").
     */
    static boolean firstAfterGap(SentenceView v, int ordinal, int next) {
        if (ordinal != 1) {
            return false;
        }
        int k = v.tokenIs(next, "such") ? next + 1 : next;
        if (v.tokenIs(k, "dialogue") || v.tokenIs(k, "round") || v.tokenIs(k, "meeting")) {
            k++;
        }
        if (v.tokenIs(k, "since") || v.tokenIs(k, "in") || v.tokenIs(k, "after")) {
            return true;
        }
        // "the first round to be held in person since the 12th Dialogue", "... to take place in Viet Nam since":
        // past what made it the first
        for (int j = k; j < k + MAX_FIRST_QUALIFIER; j++) {
            Token t = v.token(j);
            final int at = j;
            boolean place = v.mentions.stream().anyMatch(m -> m.tokStart() <= at && at < m.tokEnd()
                    && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.CITY));
            if (t == null || !t.isWord() || t.isCapitalised() && !place) {
                return false;
            }
            if (t.is("since")) {
                return true;
            }
        }
        return false;
    }

    /** The most words between "the first round" and its "since": "to be held in person". */
    private static final int MAX_FIRST_QUALIFIER = 8;

    /** The tokens of "for the twenty-first time". */
    private static final int NTH_TIME_TOKENS = 7;

    /** "for the fourth time", "for the 12th time": the round, said after the verb. */
    private static List<Integer> nthTime(SentenceView v, int cs, int ce) {
        for (int i = cs; i + 3 < ce; i++) {
            int[] ordinal = v.tokenIs(i, "for") && v.tokenIs(i + 1, "the") ? v.ordinals().at(i + 2) : null;
            int time = ordinal == null ? -1 : i + 2 + ordinal[1]; // "for the twenty-first time"
            if (ordinal != null && v.tokenIs(time, "time") && !firstAfterGap(v, ordinal[0], time + 1)) {
                return List.of(ordinal[0]);
            }
        }
        return List.of();
    }

    static String cueValue(SentenceView v, int tok) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() == tok && c.is(CueKind.EXCHANGE_ROUND)) {
                return c.value(CueKind.EXCHANGE_ROUND);
            }
        }
        return null;
    }

    /** The most tokens from an exchange's noun to the "whose" of its round: "dialogue on the rule of law, whose". */
    private static final int WHOSE_REACH = 8;

    /** "held its 15th round", "held the third session": the round, said as the verb's object. */
    private static List<Integer> roundAfterVerb(SentenceView v, int from) {
        int at = v.tokenIs(from, "its") || v.tokenIs(from, "the") || v.tokenIs(from, "their") ? from + 1 : from;
        int[] ordinal = v.ordinals().at(at);
        int next = ordinal == null ? -1 : at + ordinal[1];
        boolean round = ordinal != null && (v.firstCue(CueKind.EXCHANGE_ROUND, next, next + 1) != null
                || v.tokenIs(next, "session") || v.tokenIs(next, "meeting")); // "held its 14th session"
        return round ? List.of(ordinal[0]) : List.of();
    }

    /** "..., the eighth of its kind, ...": the edition an aside numbers, or null. */
    static Integer ofItsKind(SentenceView v) {
        for (int k = 2; k + 2 < v.tokens.size(); k++) {
            if (v.tokenIs(k, "of") && v.tokenIs(k + 1, "its") && v.tokenIs(k + 2, "kind")) {
                int[] ordinal = v.ordinals().endingAt(k - 1);
                return ordinal == null ? null : ordinal[0];
            }
        }
        return null;
    }
}
