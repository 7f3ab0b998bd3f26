package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;

/**
 * The date a word's fact takes: the date of its clause nearest to it, preferring one before it at equal distance, and
 * passing over dates that belong elsewhere: a deadline ("which was due in 2010"), a dateline, a date another trigger
 * of the clause owns ("signed X on D1 and ratified it on D2"), a coordinated predicate's or a relative clause's.
 */
final class NearestDate {

    private final SentenceView v;

    NearestDate(SentenceView v) {
        this.v = v;
    }

    /**
     * The date of the clause nearest to {@code tok}, preferring one before it at equal distance. A date that follows
     * another trigger belongs to that trigger ("signed X on D1 and ratified it on D2") and is taken only when nothing
     * else is left.
     */
    DateMention of(int tok) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        DateMention finerAfter = null; // "In 2002, the first round was held in Oslo in May": May 2002
        for (DateMention d : v.datesIn(v.clauseStart(tok), v.clauseEnd(tok))) {
            int t = v.tokenAt(d.start());
            int distance = t <= tok ? tok - t : (t - tok) + 1;
            boolean owned = t <= tok ? earlierTriggerOwns(v.clauseStart(tok) - 1, t, tok) : triggerBetween(tok, t, tok);
            if (v.isDeadline(t)) {
                continue; // "its initial report, which was due in 2010": a deadline, not when it happened
            }
            if (v.datelineOpening(d, t)) {
                continue; // "Bern, 17.06.2016 - The 14th round ... took place in Beijing on 15 and 16 June 2016"
            }
            if (d.end() > d.start() && v.overlapsMention(t, t + 1)) { // (a heading's date, set before the text, has no span)
                continue; // "the Discrimination (Employment and Occupation) Convention, 1958 (No. 111)": a name's year
            }
            final int beforeBracket = t - 2;
            boolean placeBefore = v.mentions.stream().anyMatch(m -> m.tokEnd() == beforeBracket + 1
                    && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.CITY));
            if (v.tokenIs(t - 1, "(") && v.token(t - 2) != null && v.token(t - 2).isWord() && v.token(t - 2).isCapitalised()
                    && !v.token(t - 2).text().equals(v.token(t - 2).text().toUpperCase(java.util.Locale.ROOT))
                    && !placeBefore) { // (not "a four-day visit to Thailand (13-16 November 2023)")
                // (not a dateline's "GENEVA (25 September 2019)")
                continue; // "the ... Johannesburg Action Plan (2016-2018)": the span a title covers
            }
            if (t < tok && inFrontedSincePhrase(t, tok)) {
                continue; // "Since the submission of its fourth report in 2012, Kenya has ratified ...": not the act's
            }
            if (t > tok && sinceInRelativeClause(t, tok)) {
                continue; // "signed a Record of Understanding on the ... Program, which since 2003 has supported ...": its start
            }
            if (t > tok && opensNextClause(d, t, tok)) {
                continue; // "In May A visited X, and in August B sent a delegation to Y": August is B's
            }
            if (t > tok && d.to() == null && (v.afterUntil(t)
                    || v.tokenIs(t - 4, "until") && v.tokenIs(t - 3, "the") && v.tokenIs(t - 2, "end") && v.tokenIs(t - 1, "of"))) {
                continue; // "signed a memorandum ... extending the mandate of the office until (the end of) 2021": its term
            }
            if (t > tok && namesWhenAThingWasMade(t, tok)) {
                continue; // "met with her, and the two sides reviewed cooperation under the Memorandum signed in 2000"
            }
            if (t > tok && eventClauseBetween(tok, t)) {
                continue; // "invited the Special Rapporteur ..., and the visit is expected to take place in 2006"
            }
            if (owned && t > tok && (subjectClauseBetween(tok, t) || coordinatedPredicateBetween(tok, t))) {
                continue; // "invited X to visit, and Y visited China in 1997": the date of another clause is its own
            }
            if (owned) {
                distance += 1000; // "In 2000, China signed X and ratified Y": a date set before both dates both
            } else if (t < tok && predicateCoordinatedAfter(t, tok)) {
                distance += 500; // "will present my report in September 2023, and intend to return in 2024": its own after
            }
            if (!owned && t > tok && finerAfter == null && d.to() == null && d.from().month() != null) {
                finerAfter = d;
            }
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best != null && finerAfter != null && best != finerAfter && best.to() == null && best.from().month() == null
                && v.tokenAt(best.start()) < tok && best.from().year() != null
                && best.from().year().equals(finerAfter.from().year())) {
            return finerAfter; // the year set first, the month the event took place in after it
        }
        return best;
    }

    /** Participles that date a thing named before them: "the Memorandum of Understanding signed in 2000". */
    private static final java.util.Set<String> MAKING_PARTICIPLES = java.util.Set.of("signed", "concluded", "adopted",
            "established", "launched", "ratified", "set");

    /**
     * Whether the date at token {@code t}, after the word {@code tok}, dates a thing named before it with a participle of
     * its own ("the Memorandum signed in 2000", "the mechanism established in 2015"), not the word's fact.
     */
    private boolean namesWhenAThingWasMade(int t, int tok) {
        int participle = v.tokenIs(t - 1, "in") || v.tokenIs(t - 1, "on") ? t - 2 : -1;
        if (participle <= tok + 1 || v.token(participle) == null
                || !MAKING_PARTICIPLES.contains(v.token(participle).norm())) {
            return false;
        }
        var before = v.token(participle - 1);
        // a noun right before it, not an auxiliary ("was signed in 2000") nor a second predicate ("and signed"), in a
        // later clause than the word's (not "recalled the Hanoi Declaration adopted in September 2014": its own date)
        return before != null && v.findWord(",", tok, participle) >= 0 && before.isWord()
                && !NOT_A_NOUN_BEFORE_PARTICIPLE.contains(before.norm());
    }

    /** Words before a participle that make it a verb of its own clause, not one describing a noun. */
    private static final java.util.Set<String> NOT_A_NOUN_BEFORE_PARTICIPLE = java.util.Set.of("was", "were", "is", "are",
            "been", "be", "has", "have", "had", "and");

    /**
     * Whether the date at token {@code t} opens the next coordinated clause, ", and in August B sent ...": it follows
     * ", and in|on" and a predicate of its own comes after it.
     */
    private boolean opensNextClause(DateMention d, int t, int tok) {
        if (!(v.tokenIs(t - 1, "in") || v.tokenIs(t - 1, "on")) || !v.tokenIs(t - 2, "and") || !v.tokenIs(t - 3, ",")) {
            return false;
        }
        int after = v.tokenAt(d.end() - 1) + 1;
        int end = v.clauseEnd(tok);
        return v.cues.stream().anyMatch(c -> c.tokStart() > after && c.tokStart() < Math.max(end, after + 1) + MAX_NEXT_PREDICATE
                && SentenceView.isTrigger(c));
    }

    /** How far past a coordinated clause's date its own predicate may come: "..., and in August the China ... sent". */
    private static final int MAX_NEXT_PREDICATE = 10;

    /**
     * Whether, after its own object, the trigger at {@code from} is followed by "and" and another trigger with its own
     * dated object ("has ratified the CRPD and acceded to the OP-CAT in 2019": 2019 is the accession's). Not "signed and
     * ratified the CAT in 1988", where the two share object and date.
     */
    private boolean coordinatedPredicateBetween(int from, int to) {
        // only treaty actions: "met with A and held talks with B in Beijing on 5 May" dates both meetings
        if (v.firstCue(CueKind.TREATY, from, from + 1) == null) {
            return false;
        }
        for (CueMatch c : v.cues) {
            if (c.tokStart() <= from || c.tokStart() >= to || !v.tokenIs(c.tokStart() - 1, "and") || !c.is(CueKind.TREATY)) {
                continue;
            }
            if (v.mentions.stream().anyMatch(m -> m.tokStart() > from && m.tokEnd() < c.tokStart())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date at {@code t} lies in a "Since ...," phrase that closes before the trigger at {@code tok}. */
    private boolean inFrontedSincePhrase(int t, int tok) {
        for (int i = t - 1; i >= 0; i--) {
            if (v.tokenIs(i, ",") || v.tokenIs(i, ";")) {
                return false;
            }
            // "Following a decision of the Cabinet on 7 July 2010, Malaysia deposited ...": the decision's day
            if (v.tokenIs(i, "since") || v.tokenIs(i, "following") || v.tokenIs(i, "after") && v.tokenIs(i + 1, "a")) {
                int comma = v.findWord(",", t + 1, tok);
                // but "the first since March 2016, when her predecessor travelled to Dushanbe": the date "when" takes up
                return comma >= 0 && !v.tokenIs(comma + 1, "when");
            }
        }
        return false;
    }

    /**
     * Whether a second predicate with the subject left out starts between the tokens: ", and [also] <verb>" with no
     * mention between "and" and {@code tok} ("I will present my report in September, and intend to return ...").
     */
    private boolean predicateCoordinatedAfter(int t, int tok) {
        for (int k = t + 1; k < tok; k++) {
            if (v.tokenIs(k, "and") && v.tokenIs(k - 1, ",")) {
                final int from = k + 1;
                return v.mentions.stream().noneMatch(m -> m.tokStart() >= from && m.tokStart() < tok);
            }
        }
        return false;
    }

    /** Whether the date at {@code t}, after the trigger at {@code tok}, follows "since" in a ", which ..." clause. */
    private boolean sinceInRelativeClause(int t, int tok) {
        if (!v.tokenIs(t - 1, "since")) {
            return false;
        }
        for (int i = t - 2; i > tok; i--) {
            if (v.tokenIs(i, "which") || v.tokenIs(i, "that") || v.tokenIs(i, "who")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause about another event opens between the tokens: "..., and the visit is expected ...", "whose visit". */
    private boolean eventClauseBetween(int from, int to) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() > from && c.tokStart() < to && c.is(CueKind.EVENT_ANAPHOR)
                    && (v.tokenIs(c.tokStart() - 1, "and") || v.tokenIs(c.tokStart(), "whose"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause with a subject of its own starts between the tokens: "and" or "which", then a mention or "it",
     * then a trigger ("..., and the Working Group visited", "which it had signed"). Not "signed and ratified" (one
     * subject) nor "the session held in".
     */
    private boolean subjectClauseBetween(int from, int to) {
        for (CueMatch c : v.cues) {
            if (c.tokStart() <= from || c.tokStart() >= to || !SentenceView.isTrigger(c)) {
                continue;
            }
            for (int a = from + 1; a < c.tokStart(); a++) {
                final int joint = a;
                boolean opens = v.tokenIs(a, "and") || v.tokenIs(a, "which") || v.tokenIs(a, "who");
                boolean subject = v.mentions.stream().anyMatch(m -> m.tokStart() > joint && m.tokEnd() <= c.tokStart())
                        || v.tokenIs(a + 1, "it") || v.tokenIs(a + 1, "they"); // "which it had signed in 1986"
                if (opens && subject) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a trigger between {@code from} and a date at {@code t} (before the own trigger at {@code own}) owns the
     * date: "signed X in 1997 and ratified Y" (1997 is the signing's), but not across a new conjunct ("was elected in
     * May 2006, and in 2009 it was re-elected": 2009 opens the re-election's clause).
     */
    private boolean earlierTriggerOwns(int from, int t, int own) {
        for (CueMatch c : v.cues) {
            if (isOtherTrigger(c, from, t, own) && !conjunctionBetween(c.tokEnd(), t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An "and" between the tokens that joins clauses or predicates, not one inside a name ("Civil and Political") nor
     * one that only adds an object ("acceded to the ICCPR and to the ICESCR, both in February 2006").
     */
    private boolean conjunctionBetween(int from, int to) {
        for (int i = Math.max(from, 0); i < Math.min(to, v.tokens.size()); i++) {
            if (v.tokens.get(i).is("and") && !v.overlapsMention(i, i + 1) && !addsTreaty(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a treaty's name starts at {@code tok}, after "to" or "the" at most. */
    private boolean addsTreaty(int tok) {
        int at = tok;
        while (at < v.tokens.size() && at - tok < 2 && (v.tokenIs(at, "to") || v.tokenIs(at, "the"))) {
            at++;
        }
        for (Mention m : v.mentions) {
            if (m.kind() == MentionKind.TREATY && m.tokStart() >= tok && m.tokStart() <= at) {
                return true;
            }
        }
        return false;
    }

    private boolean triggerBetween(int from, int to, int own) {
        for (CueMatch c : v.cues) {
            // (not one in a relative clause closed before the date: "ratified X, which it had signed on 3 May 1966, on
            // 6 August 1969")
            if (isOtherTrigger(c, from, to, own) && !v.inRelativeClause(c.tokStart(), to)) {
                return true;
            }
        }
        return false;
    }

    /** A trigger that starts strictly between {@code from} and {@code to} and is not the one at {@code own}. */
    private static boolean isOtherTrigger(CueMatch c, int from, int to, int own) {
        return c.tokStart() > from && c.tokStart() < to && !(c.tokStart() <= own && own < c.tokEnd()) && SentenceView.isTrigger(c);
    }
}
