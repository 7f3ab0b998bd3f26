package io.rapporteur.extractor.rules.treaty;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which treaties a clause acts on: the ones named after the verb or noun (with a list that repeats its "to", a treaty's
 * own protocol, a treaty past a relative clause), the antecedent of a relative clause, a pronoun, and the treaty of the
 * text where the sentence names none.
 */
final class TreatiesNamed {

    private TreatiesNamed() {
    }

    /**
     * "acceded to the ICCPR (ICCPR) and its first Optional Protocol, to the ICESCR, and to the Convention against
     * Torture": a list that repeats its "to" goes on past it.
     */
    static List<Mention> withRepeatedTo(SentenceView v, List<Mention> listed) {
        List<Mention> out = new ArrayList<>(listed);
        while (true) {
            Mention last = out.get(out.size() - 1);
            int k = last.tokEnd();
            Mention protocol = ownProtocol(v, last, k);
            if (protocol != null) { // "the ICCPR and its first Optional Protocol"
                out.add(protocol);
                k = protocol.tokEnd();
            }
            if (v.tokenIs(k, "(")) { // "the Convention ... (14 April) and of the ...": past the treaty's own date
                int close = v.findWord(")", k, Math.min(v.tokens.size(), k + 8));
                k = close > 0 && !v.datesIn(k, close).isEmpty() ? close + 1 : k;
            }
            k = v.pastListJoint(k);
            final int listedAt = k;
            Mention goesOn = protocol == null || k == protocol.tokEnd() ? null
                    : v.firstRight(k, k + 2, m -> Roles.TREATY.test(m) && m.tokStart() <= listedAt + 1);
            if (goesOn != null) {
                // "the ICCPR and its first Optional Protocol, the ICESCR, the ICERD and the CAT": the list goes on past
                // the protocol
                out.addAll(v.coordinatedRight(goesOn, Roles.TREATY));
                continue;
            }
            // "accession to A and to B", "ratification of A (14 April) and of B (1 April)"
            if (k == out.get(out.size() - 1).tokEnd() || !(v.tokenIs(k, "to") || v.tokenIs(k, "of"))) {
                return out;
            }
            // "Accession to the ICCPR, to its first Optional Protocol and to the ICESCR": the protocol of the one before
            Mention itsProtocol = v.tokenIs(k, "to") ? protocolAt(v, out.get(out.size() - 1), k + 1) : null;
            if (itsProtocol != null) {
                out.add(itsProtocol);
                continue;
            }
            // (past a bracketed word: "and to the (First) Optional Protocol to the ...")
            int bracketed = v.tokenIs(k + 2, "(") && v.tokenIs(k + 4, ")") ? 3 : 0;
            Mention next = v.firstRight(k + 1, k + 3 + bracketed, Roles.TREATY);
            if (next == null) {
                return out;
            }
            out.addAll(v.coordinatedRight(next, Roles.TREATY));
        }
    }

    /** "and its [first|second] Optional Protocol" right after a treaty: that treaty's protocol, else null. */
    static Mention ownProtocol(SentenceView v, Mention treaty, int k) {
        return v.tokenIs(k, "and") ? protocolAt(v, treaty, k + 1) : null;
    }

    /** "its [first|second] Optional Protocol" at token {@code its}: the protocol of {@code treaty}, else null. */
    private static Mention protocolAt(SentenceView v, Mention treaty, int its) {
        if (!v.tokenIs(its, "its") || treaty.id() == null) {
            return null;
        }
        int k = its - 1;
        int at = k + 2;
        String id = v.kb.optionalProtocolOf(treaty.id());
        if (v.tokenIs(at, "first")) {
            at++;
        } else if (v.tokenIs(at, "second") && "treaty:ICCPR".equals(treaty.id())) {
            id = "treaty:ICCPR-OP2";
            at++;
        }
        if (id == null || !v.tokenIs(at, "optional") || !v.tokenIs(at + 1, "protocol")) {
            return null;
        }
        return new Mention(MentionKind.TREATY, id, k + 1, at + 2, v.token(k + 1).start(), v.token(at + 1).end(),
                v.text(k + 1, at + 2), null, null, true);
    }

    /** "The Optional Protocols to the Convention on the Rights of the Child ... were ratified": the protocols' act. */
    static boolean protocolsOf(SentenceView v, Mention treaty) {
        int k = v.tokenIs(treaty.tokStart() - 1, "the") ? treaty.tokStart() - 2 : treaty.tokStart() - 1;
        return v.tokenIs(k, "to") && v.tokenIs(k - 1, "protocols");
    }

    /** "both International Covenants" stands for two treaties written in one place: each is acted on. */
    static List<Mention> withSameSpan(SentenceView v, List<Mention> treaties) {
        List<Mention> out = new ArrayList<>();
        for (Mention t : treaties) {
            for (Mention m : v.mentionsIn(t.tokStart(), t.tokEnd(), Roles.TREATY)) {
                if (m.tokStart() == t.tokStart() && m.tokEnd() == t.tokEnd() && !out.contains(m)) {
                    out.add(m);
                }
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "ratifying the Convention against Torture ..., which Viet Nam had signed in November 2013, and the Convention on
     * the Rights of Persons with Disabilities": the treaty coordinated past a relative clause on the one before.
     */
    static List<Mention> withTreatyAfterRelative(SentenceView v, List<Mention> treaties) {
        int k = treaties.get(treaties.size() - 1).tokEnd();
        if (!v.tokenIs(k, ",") || !(v.tokenIs(k + 1, "which") || v.tokenIs(k + 1, "that"))) {
            return treaties;
        }
        int close = v.findWord(",", k + 2, Math.min(v.tokens.size(), k + MAX_RELATIVE_CLAUSE));
        Mention next = close > 0 && v.tokenIs(close + 1, "and") ? v.firstRight(close + 2, close + 4, Roles.TREATY) : null;
        if (next == null) {
            return treaties;
        }
        List<Mention> all = new ArrayList<>(treaties);
        all.add(next);
        return all;
    }

    /** The most tokens of a relative clause between two coordinated treaties. */
    private static final int MAX_RELATIVE_CLAUSE = 16;

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");

    /**
     * "the ICCPR, which China signed in October 1998": the treaty a relative clause hangs on, when the clause is
     * exactly "[,] which|that <state> <verb>".
     */
    static Mention relativeAntecedent(SentenceView v, CueMatch cue) {
        int k = cue.tokStart();
        if (v.tokenIs(k - 1, "had") || v.tokenIs(k - 1, "has") || v.tokenIs(k - 1, "have")) {
            k--; // "which it had signed in 1986"
        }
        final int actorEnd = k;
        Mention actor = v.nearestLeft(actorEnd, m -> Roles.STATE_ACTOR.test(m) && m.tokEnd() == actorEnd);
        // "which it signed": the pronoun is the main clause's state, which the rule takes as the actor
        int actorStart = actor != null ? actor.tokStart() : v.tokenIs(k - 1, "it") || v.tokenIs(k - 1, "they") ? k - 1 : -1;
        if (actorStart < 1 || !RELATIVE_PRONOUNS.contains(v.token(actorStart - 1).norm())) {
            return null;
        }
        int before = actorStart - 2;
        if (v.tokenIs(before, "to") && v.tokenIs(actorStart - 1, "which")) {
            before--; // "the International Convention ..., to which Nepal acceded on 30 January 1971"
        }
        if (v.tokenIs(before, "of") && v.tokenIs(before - 1, "both") && v.tokenIs(actorStart - 1, "which")) {
            before -= 2; // "the CAT and the CRPD, both of which it ratified in February 2015": the pair before
        }
        if (v.tokenIs(before, ",")) {
            before--;
        }
        for (Mention m : v.mentions) {
            if (m.tokEnd() == before + 1 && Roles.TREATY.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** "signed the Convention ... and ratified it": the treaty named last. */
    static Mention treatyPronoun(SentenceView v, CueMatch cue) {
        Mention named = v.nearestLeft(cue.tokStart(), Roles.TREATY);
        String id = named != null ? named.id() : v.discourse.lastTreaty();
        if (id == null) {
            return null;
        }
        var pronoun = v.token(cue.tokEnd());
        return new Mention(MentionKind.TREATY, id, cue.tokEnd(), cue.tokEnd() + 1, pronoun.start(), pronoun.end(),
                pronoun.text(), null, null, true);
    }

    /**
     * "ratified them": the treaties of the clause so far, else of the sentence ("signed both Covenants; it ratified
     * them on ..."), else the last pair.
     */
    static List<Mention> themTreaties(SentenceView v, CueMatch cue, Mention pronoun) {
        List<Mention> named = v.mentionsIn(v.clauseStart(cue.tokStart()), cue.tokStart(), Roles.TREATY);
        if (named.size() < 2) {
            named = v.mentionsIn(0, cue.tokStart(), Roles.TREATY);
        }
        if (named.size() >= 2) {
            return named.stream().map(m -> m.widenTo(pronoun)).toList();
        }
        List<String> pair = v.discourse.treatyPair();
        if (pair.size() >= 2) {
            return pair.stream().map(id -> pronoun.withId(id, MentionKind.TREATY)).toList();
        }
        return List.of(pronoun);
    }

    /** "deposited its instrument of ratification": a phrase this long names the act beyond doubt. */
    static final int INSTRUMENT_PHRASE = 4;

    /**
     * "The Government deposited its instrument of ratification with the Secretary-General": no treaty follows, so
     * the deposit is of the treaty the text named last.
     */
    static Mention instrumentTreaty(SentenceView v, CueMatch cue) {
        Mention named = v.nearestLeft(cue.tokStart(), Roles.TREATY);
        String id = named != null ? named.id() : v.discourse.lastTreaty();
        if (id == null) {
            return null;
        }
        return new Mention(MentionKind.TREATY, id, cue.tokStart(), cue.tokEnd(), cue.start(), cue.end(),
                v.doc.substring(cue.start(), cue.end()), null, null, true);
    }

    /**
     * A treaty's own fact sheet or chronology: "Cuba ratified on 2 February, and Kazakhstan acceded on 27 February",
     * "Albania was the first State to ratify, on 8 November 2007": the treaty the text is about (the one it named
     * last), where the sentence names none and nothing but a date follows the verb. Null otherwise.
     */
    static Mention theTreatyOfTheText(SentenceView v, CueMatch cue, int clauseEnd) {
        String action = cue.value(CueKind.TREATY);
        if (!("RATIFICATION".equals(action) || "ACCESSION".equals(action))
                || !v.mentionsIn(0, v.tokens.size(), Roles.TREATY).isEmpty() || v.discourse.recentTreaties().isEmpty()
                || !v.cues(CueKind.AGREEMENT_NOUN).isEmpty()) {
            return null; // (not "the Readmission Agreement, signed in October 2009", "had accepted in 2016")
        }
        final int k = v.tokenIs(cue.tokEnd(), ",") ? cue.tokEnd() + 1 : cue.tokEnd();
        boolean dateNext = (v.tokenIs(k, "on") || v.tokenIs(k, "in")) && v.datesIn(k, Math.min(clauseEnd, k + 5)).stream()
                .anyMatch(d -> v.tokenAt(d.start()) == k + 1);
        // a chronology's entry: "28 February 2013 - Germany deposits its instrument of ratification, following ..."
        boolean entry = !v.datesIn(0, 1).isEmpty() && v.isTimelineDash(v.tokenAt(v.datesIn(0, 1).get(0).end() - 1) + 1)
                && !v.tokenIs(cue.tokEnd() - 1, "of") && !v.tokenIs(cue.tokEnd() - 1, "to")
                && (v.tokenIs(cue.tokEnd(), ",") || v.tokenIs(cue.tokEnd(), ".") || v.tokenIs(cue.tokEnd(), "the")
                && v.tokenIs(cue.tokEnd() + 1, "same")); // (not a treaty the lexicon lacks: "Ratification of the American ...")
        if (!dateNext && !entry) {
            return null;
        }
        return treatyOrTheTexts(v, null, cue);
    }

    /** The treaty named, else the one the text named last (a fact sheet's own), as acted on at the cue; null if none. */
    static Mention treatyOrTheTexts(SentenceView v, Mention treaty, CueMatch cue) {
        if (treaty != null && treaty.id() != null) {
            return treaty;
        }
        return v.discourse.recentTreaties().isEmpty() ? null
                : v.inferred(MentionKind.TREATY, v.discourse.recentTreaties().get(0), cue.tokStart(), cue.tokEnd());
    }
}
