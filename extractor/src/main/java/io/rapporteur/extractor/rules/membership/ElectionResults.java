package io.rapporteur.extractor.rules.membership;

import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The results of an election just reported, told by the votes or the seats each state won: those that won join the
 * election's body for its term, those that lost do not.
 */
final class ElectionResults {

    private static final Set<String> VOTES_VERBS = Set.of("obtained", "received", "won", "secured", "garnered", "polled");
    private static final Set<String> LOSING_WORDS = Set.of("short", "failed", "not", "lost", "defeated", "withdrew");
    private static final Set<String> SEAT_VERBS = Set.of("won", "took", "filled", "secured", "obtained", "claimed");

    private ElectionResults() {
    }

    /** The election just reported, where it stated a term of two ends; else null. */
    private static Discourse.Election electionWithATerm(SentenceView v) {
        Discourse.Election election = v.discourse.lastElection();
        return election == null || election.term() == null || !election.term().contains("/") ? null : election;
    }

    /**
     * The story of an election just reported, by its votes: "Namibia and Sudan each obtained 175 votes, Mauritania 172
     * and Libya 129", "Japan was elected with 175 votes, Indonesia with 174, ... and the Marshall Islands with 123",
     * "Brazil received 153 votes and Venezuela 105 votes": each state counted joins the body for the election's term,
     * but not one that "fell short" or "was not elected".
     */
    static void votes(SentenceView v, List<FactDraft> out) {
        Discourse.Election election = electionWithATerm(v);
        if (election == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        bracketedCounts(v, election, seen, out);
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            boolean counted = v.token(i).isNumber() && (v.tokenIs(i + 1, "votes") || v.tokenIs(i + 1, ",")
                    || v.tokenIs(i + 1, "and") || v.tokenIs(i + 1, ";") || v.tokenIs(i + 1, ".") || v.tokenIs(i + 1, ")"));
            if (!counted) {
                continue;
            }
            // the state the count belongs to: "Mauritania 172", "Indonesia with 174", "A and B each obtained 175 votes"
            int k = i - 1;
            boolean verb = false;
            if (v.tokenIs(k, "with")) {
                k--;
                if (v.tokenIs(k, ",")) {
                    k--; // "Indonesia, with 186 votes, topped the poll"
                }
            } else if (k >= 0 && VOTES_VERBS.contains(v.token(k).norm())) {
                verb = true;
                k--;
                if (v.tokenIs(k, "each")) {
                    k--;
                }
            }
            final int end = k + 1;
            Mention state = v.nearestLeft(end, m -> m.kind() == MentionKind.STATE && m.id() != null && m.tokEnd() == end);
            if (state == null) {
                continue;
            }
            // a count without its verb goes on from one read before it, or from "elected" ("Japan was elected with
            // 175 votes, Indonesia with 174")
            boolean elided = verb || !seen.isEmpty()
                    || v.tokenIs(i - 1, "with") && !v.cues(CueKind.MEMBERSHIP).isEmpty();
            if (!elided) {
                continue;
            }
            int lost = lastLosingWord(v, i + 1, i + 8);
            if (lost >= 0 && v.findWord("and", i + 1, lost) < 0) {
                continue; // "Costa Rica ... obtained 96 votes and was therefore not elected"
            }
            if (contrasted(v, state)) {
                continue; // "A and B were elected ..., while the Republic of Moldova obtained 123 votes"
            }
            List<Mention> states = verb ? v.coordinatedLeft(state, m -> m.kind() == MentionKind.STATE) : List.of(state);
            membersOfTheElection(election, states, seen, out);
        }
    }

    /**
     * "Côte d'Ivoire and Ghana (183 votes each), Malawi (172) and Burundi (168) were elected", "followed by Kuwait (183),
     * Japan (175) and China (154)", "the Netherlands (165) and France (157) secured the two seats": each state with its
     * count in brackets, and the states coordinated before a shared count, but not one that "fell short".
     */
    private static void bracketedCounts(SentenceView v, Discourse.Election election, Set<String> seen, List<FactDraft> out) {
        for (Mention state : v.mentionsIn(0, v.tokens.size(), m -> m.kind() == MentionKind.STATE && m.id() != null)) {
            int open = state.tokEnd();
            if (!v.tokenIs(open, "(") || !v.token(open + 1).isNumber()) {
                continue;
            }
            int close = v.findWord(")", open, Math.min(v.tokens.size(), open + 5));
            if (close < 0) {
                continue;
            }
            if (lastLosingWord(v, close + 1, close + 6) >= 0 || contrasted(v, state)) {
                continue; // "the Russian Federation (83) fell short", "while Peru (..."
            }
            boolean each = v.findWord("each", open, close) > 0;
            membersOfTheElection(election, each ? v.coordinatedLeft(state, m -> m.kind() == MentionKind.STATE)
                    : List.of(state), seen, out);
        }
    }

    /** The last word in [from, limit), before any ";", that says a state lost ("fell short", "not elected"); else -1. */
    private static int lastLosingWord(SentenceView v, int from, int limit) {
        int lost = -1;
        for (int w = from; w < Math.min(v.tokens.size(), limit) && !v.tokenIs(w, ";"); w++) {
            if (LOSING_WORDS.contains(v.token(w).norm())) {
                lost = w;
            }
        }
        return lost;
    }

    /** "..., while (the) A ...", "whereas A", "but A": a state set against those elected. */
    private static boolean contrasted(SentenceView v, Mention state) {
        int before = v.tokenIs(state.tokStart() - 1, "the") ? state.tokStart() - 2 : state.tokStart() - 1;
        return v.tokenIs(before, "while") || v.tokenIs(before, "whereas") || v.tokenIs(before, "but");
    }

    /**
     * The story of an election just reported, by its seats: "Algeria, Morocco, South Africa and Sudan won the four
     * African seats", "Chile and Costa Rica took the two Latin American and Caribbean seats", "Georgia and Romania
     * filled the Eastern European seats, and Belgium and Germany the two seats for ...": members for its term.
     */
    static void seats(SentenceView v, List<FactDraft> out) {
        Discourse.Election election = electionWithATerm(v);
        if (election == null || v.findWord("seats", 0, v.tokens.size()) < 0 && v.findWord("seat", 0, v.tokens.size()) < 0) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < v.tokens.size(); i++) {
            if (!SEAT_VERBS.contains(v.token(i).norm())) {
                continue;
            }
            int seat = -1;
            for (int k = i + 1; k < Math.min(v.tokens.size(), i + 10); k++) {
                if (v.tokenIs(k, "seats") || v.tokenIs(k, "seat")) {
                    seat = k;
                    break;
                }
            }
            final int verb = i;
            Mention last = v.nearestLeft(verb, m -> m.kind() == MentionKind.STATE && m.id() != null && m.tokEnd() == verb);
            if (seat < 0 || last == null) {
                continue;
            }
            List<Mention> states = new ArrayList<>(v.coordinatedLeft(last, m -> m.kind() == MentionKind.STATE));
            // "..., and Belgium and Germany the two seats for Western European and other States": the verb left out
            int and = v.findWord("and", seat + 1, v.tokens.size());
            if (and > 0 && v.tokenIs(and - 1, ",")) {
                Mention more = v.firstRight(and + 1, and + 2, m -> m.kind() == MentionKind.STATE && m.id() != null);
                if (more != null) {
                    List<Mention> elided = v.coordinatedRight(more, m -> m.kind() == MentionKind.STATE);
                    Mention end = elided.get(elided.size() - 1);
                    if (v.tokenIs(end.tokEnd(), "the") && v.findWord("seats", end.tokEnd(), Math.min(v.tokens.size(), end.tokEnd() + 5)) > 0) {
                        states.addAll(elided);
                    }
                }
            }
            membersOfTheElection(election, states, seen, out);
            i = seat; // then the next clause's: "..., and Brazil and Venezuela took the two Latin American seats"
        }
    }

    /** Each state not yet counted joins the body of the election just reported, for its term. */
    private static void membersOfTheElection(Discourse.Election election, List<Mention> states, Set<String> seen,
                                             List<FactDraft> out) {
        for (Mention m : states) {
            if (m.id() == null || !seen.add(m.id())) {
                continue;
            }
            Mention body = Bodies.ofTheElection(election, m.tokStart(), m.tokEnd(), m.start(), m.end());
            out.add(MembershipFact.of(m, body).date(election.term(), true));
        }
    }
}
