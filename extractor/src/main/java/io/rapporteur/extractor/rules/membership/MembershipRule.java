package io.rapporteur.extractor.rules.membership;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.Discourse;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.kb.KnowledgeBase;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * MEMBERSHIP: "<member>[, <member> and <member>] was|were [re-]elected [a|as] member|chair of <body> [for the
 * 2021-2023 term]", "became a member of <body>", "served as member|chair of <body> [for the term]", "was a member of
 * <body> [from 2014 to 2016]", and the active "<body> elected <member> as its chair". The date is the term where
 * stated, else the date of election.
 */
public final class MembershipRule implements Rule {

    /** "for three-year terms beginning on 1 January 2024" -> 2024/2026; null when the sentence gives no such term. */
    private static String termFromLength(SentenceView v, int from, int ce) {
        for (int i = from; i + 4 < ce; i++) {
            Integer years = v.kb.cardinal(v.token(i).norm());
            if (years == null || !v.tokenIs(i + 1, "-") || !v.tokenIs(i + 2, "year")
                    || !(v.tokenIs(i + 3, "term") || v.tokenIs(i + 3, "terms"))) {
                continue;
            }
            for (DateMention d : v.datesIn(i + 4, ce)) {
                Integer year = d.lastYear();
                if (year == null || years <= 0 || years >= 10) {
                    continue;
                }
                int at = v.tokenAt(d.start());
                int before = v.tokenIs(at - 1, "on") || v.tokenIs(at - 1, "in") ? at - 2 : at - 1;
                if (TERM_ENDS.contains(v.token(before).norm()) && !v.tokenIs(before, "to")) {
                    // "took its seat ... on 1 January 2014 for a three-year term ending on 31 December 2016": the
                    // date ends the term; a start written before, in the year it began, opens it
                    int first = year - years + 1;
                    DateMention opening = v.datesIn(from, i).stream()
                            .filter(o -> o.iso() != null && o.to() == null && o.iso().startsWith(first + "-")).findFirst().orElse(null);
                    return opening != null && d.iso() != null ? opening.iso() + "/" + d.iso() : first + "/" + year;
                }
                return year + "/" + (year + years - 1);
            }
        }
        return null;
    }

    /** The most adjective words between "of the" and a body: "of the newly established UN Human Rights Council". */
    private static final int MAX_BODY_ADJECTIVES = 3;

    /** Whether "of" (then "the" and lower-case words) stands right before the body. */
    private static boolean ofBefore(SentenceView v, Mention body) {
        for (int k = body.tokStart() - 1; k >= Math.max(0, body.tokStart() - 2 - MAX_BODY_ADJECTIVES); k--) {
            if (v.tokenIs(k, "of")) {
                return true;
            }
            if (!v.token(k).isWord() || v.token(k).isCapitalised() && !v.tokenIs(k, "the")) {
                return false;
            }
        }
        return false;
    }

    private static final Predicate<Mention> MEMBER = m -> m.kind() == MentionKind.PERSON
            || m.kind() == MentionKind.PRONOUN || m.kind() == MentionKind.STATE;
    private static final int BODY_WINDOW = 10;
    /** The longest aside between "elected" and those elected: ", for a term of two years,". */
    private static final int MAX_ASIDE = 10;
    /** The most tokens from "appointed" to "among them": "appointed eight new special procedure mandate holders, among them". */
    private static final int MAX_TO_AMONG_THEM = 10;
    /** The most tokens from "elected" to "the following" (past the manner and term of the election). */
    private static final int MAX_TO_THE_FOLLOWING = 40;
    /**
     * The most tokens from the verb to "member of <body>": "was elected by the seventy-first session of the General
     * Assembly, for the first time, as a member of the Human Rights Council".
     */
    private static final int ROLE_WINDOW = 24;

    /**
     * "As a member of the Human Rights Council for the 2015-2017 term, Indonesia ...", "Uzbekistan's engagement as a
     * member of the UN Human Rights Council for the 2021-2023 term": a membership stated in passing, a fact only with
     * its term.
     */
    private static void asMemberForATerm(SentenceView v, List<FactDraft> out) {
        for (int i = 0; i + 3 < v.tokens.size(); i++) {
            if (!(v.tokenIs(i, "as") && v.tokenIs(i + 1, "a") && v.tokenIs(i + 2, "member") && v.tokenIs(i + 3, "of"))) {
                continue;
            }
            int ce = v.clauseEnd(i);
            Mention body = v.firstRight(i + 4, Math.min(ce, i + 4 + BODY_WINDOW), m -> m.kind() == MentionKind.ORG);
            if (body == null || body.id() == null) {
                continue;
            }
            DateMention term = v.datesIn(body.tokEnd(), Math.min(ce, body.tokEnd() + 6)).stream()
                    .filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
            if (term == null) {
                continue;
            }
            final int as = i;
            Mention member = v.nearestLeft(i, m -> m.kind() == MentionKind.STATE && m.tokEnd() >= as - 3
                    && v.possessive(m));
            if (member == null && v.tokenIs(i - 1, "term")) {
                // "Ethiopia also completed a second consecutive term as a member of the Human Rights Council from 2016"
                member = v.nearestLeft(i, m -> m.kind() == MentionKind.STATE && m.tokStart() >= v.clauseStart(as)
                        && v.mentionsIn(m.tokEnd(), as, x -> x.kind() == MentionKind.ORG).isEmpty());
            }
            if (member == null && (i == 0 || v.tokenIs(i - 1, ","))) { // fronted: "As a member of ..., Indonesia"
                int comma = v.findWord(",", term.end() > 0 ? v.tokenAt(term.end() - 1) : i, ce);
                member = comma < 0 ? null : v.firstRight(comma + 1, comma + 3, m -> m.kind() == MentionKind.STATE);
            }
            if (member == null && v.token(0).norm().endsWith("ing")) {
                // "Drawing on the experience it gained as a member of the ... Council for the 2016-2018 term,
                // Kyrgyzstan ...": the subject after the fronted phrase
                int comma = v.findWord(",", v.tokenAt(term.end() - 1), ce);
                member = comma < 0 ? null : v.firstRight(comma + 1, comma + 3, m -> m.kind() == MentionKind.STATE);
            }
            if (member == null && v.tokenIs(i - 1, "election") && (v.tokenIs(i - 2, "its") || v.tokenIs(i - 2, "their"))
                    && v.tokenIs(i - 3, "on")) {
                // "Switzerland congratulated Viet Nam on its election as a member of ...": the one congratulated
                final int on = i - 3;
                member = v.nearestLeft(on, m -> m.kind() == MentionKind.STATE && m.tokEnd() == on);
            }
            if (member == null) {
                // "Egypt continued during 2018 to discharge its responsibilities as a member of ...": the clause's
                // subject, a state that opens it
                int cs = v.clauseStart(as);
                member = v.firstRight(cs, Math.min(as, cs + 2), m -> m.kind() == MentionKind.STATE && m.tokStart() <= cs + 1);
            }
            if (member == null || member.id() == null) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            fact.date(term.iso(), false);
            out.add(fact);
        }
    }

    private static final Set<String> TERM_LIST_JOINERS = Set.of(",", "and", "again", "from", "in", "for", "the",
            "then", "later", "once");

    /** Terms listed right after {@code term}: "in 2006-2009 and 2009-2012", "2006-2007, 2007-2010 and 2011-2014". */
    private static List<String> furtherTerms(SentenceView v, DateMention term, int ce) {
        List<String> more = new ArrayList<>();
        int end = v.tokenAt(term.end() - 1);
        for (DateMention d : v.datesIn(end + 1, ce)) {
            int at = v.tokenAt(d.start());
            // "2006-2009 and 2009-2012", "..., and 2011-2014", "from 2006 to 2009 and again from 2014 to 2016"
            boolean joined = at > end + 1 && at <= end + 5 && (v.tokenIs(end + 1, "and") || v.tokenIs(end + 1, ","));
            for (int k = end + 1; joined && k < at; k++) {
                joined = TERM_LIST_JOINERS.contains(v.token(k).norm());
            }
            if (!joined || d.to() == null || d.iso() == null) {
                break;
            }
            more.add(d.iso());
            end = v.tokenAt(d.end() - 1);
        }
        return more;
    }

    /**
     * A timeline's entry, its "was" left out: "13 October 2020 - Uzbekistan elected for the first time to the UN Human
     * Rights Council for the 2021-2023 term": the state right after the entry's date, the body it was elected to.
     */
    private static boolean timelineElided(SentenceView v, CueMatch cue, int ce, List<FactDraft> out) {
        Mention state = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.STATE && m.tokEnd() == cue.tokStart());
        // (also past its electors: "12 November 2012 - Elected by the General Assembly to the Human Rights Council")
        boolean toFollows = v.tokenIs(cue.tokEnd(), "to") || v.tokenIs(cue.tokEnd(), "by")
                && v.findWord("to", cue.tokEnd(), Math.min(ce, cue.tokEnd() + BODY_WINDOW)) > 0;
        if (state == null && v.isTimelineDash(cue.tokStart() - 1) && toFollows) {
            // "2012, November - Elected to the Human Rights Council for the first time, for 2013-2015": the
            // timeline's own state, its subject left out
            state = v.mainState(cue);
        } else if (state == null || !v.isTimelineDash(state.tokStart() - 1)) {
            return false;
        }
        if (state == null) {
            return false;
        }
        Mention body = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + BODY_WINDOW),
                m -> m.kind() == MentionKind.ORG && m.id() != null && (v.tokenIs(m.tokStart() - 1, "to")
                        || v.tokenIs(m.tokStart() - 1, "of")));
        if (body == null || v.kb.isOffice(body.id())) {
            return false;
        }
        DateMention term = v.datesIn(body.tokEnd(), ce).stream().filter(d -> d.to() != null && d.iso() != null)
                .findFirst().orElse(null);
        DateMention date = term != null ? term : v.nearestDate(cue.tokStart());
        FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", state).entity("body", body);
        fact.date(date == null ? null : date.iso(), false);
        out.add(fact);
        return true;
    }

    /**
     * "elected 18 countries, among them Fiji, ...", "elected 15 States, including Chile, ...": the token where the
     * named ones start after a count, or -1.
     */
    private static int countedThenNamed(SentenceView v, int from, int ce) {
        int k = from;
        if (k < ce && (v.token(k).isNumber() || v.kb.cardinal(v.token(k).norm()) != null)) {
            k++;
        }
        if (k == from || !(v.tokenIs(k, "countries") || v.tokenIs(k, "states") || v.tokenIs(k, "members"))) {
            return -1;
        }
        k++;
        if (v.tokenIs(k, ",")) {
            k++;
        }
        if (v.tokenIs(k, "among") && v.tokenIs(k + 1, "them")) {
            return k + 2;
        }
        return v.tokenIs(k, "including") ? k + 1 : -1;
    }

    /**
     * "The General Assembly today elected 14 Member States to the Human Rights Council ... . Each of the newly elected
     * members will serve a three-year term from 2020 to 2022.": the term of the election just reported, which the
     * stories of its regional groups then give their members.
     */
    private static void termOfTheElectionJustReported(SentenceView v) {
        Discourse.Election election = v.discourse.lastElection();
        if (election == null || election.term() != null || v.findWord("term", 0, v.tokens.size()) < 0
                || v.findWord("elected", 0, v.tokens.size()) < 0 || !v.mentionsIn(0, v.tokens.size(), MEMBER).isEmpty()) {
            return;
        }
        String term = termOf(v, 0, v.tokens.size());
        if (term != null && term.contains("/")) {
            v.discourse.lastElection(new Discourse.Election(election.body(), election.bodyText(), term));
        }
    }

    private static final Set<String> VOTES_VERBS = Set.of("obtained", "received", "won", "secured", "garnered", "polled");
    private static final Set<String> LOSING_WORDS = Set.of("short", "failed", "not", "lost", "defeated", "withdrew");

    /**
     * The story of an election just reported, by its votes: "Namibia and Sudan each obtained 175 votes, Mauritania 172
     * and Libya 129", "Japan was elected with 175 votes, Indonesia with 174, ... and the Marshall Islands with 123",
     * "Brazil received 153 votes and Venezuela 105 votes": each state counted joins the body for the election's term,
     * but not one that "fell short" or "was not elected".
     */
    private static void votesOfTheElection(SentenceView v, List<FactDraft> out) {
        Discourse.Election election = v.discourse.lastElection();
        if (election == null || election.term() == null || !election.term().contains("/")) {
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
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

    /** Each state not yet counted joins the body of the election just reported, for its term. */
    private static void membersOfTheElection(Discourse.Election election, List<Mention> states, Set<String> seen,
                                             List<FactDraft> out) {
        for (Mention m : states) {
            if (m.id() == null || !seen.add(m.id())) {
                continue;
            }
            Mention body = new Mention(MentionKind.ORG, election.body(), m.tokStart(), m.tokEnd(), m.start(), m.end(),
                    election.bodyText(), null, null, true);
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", m).entity("body", body);
            fact.date(election.term(), true);
            out.add(fact);
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

    private static final Set<String> SEAT_VERBS = Set.of("won", "took", "filled", "secured", "obtained", "claimed", "took up");

    /**
     * The story of an election just reported, by its seats: "Algeria, Morocco, South Africa and Sudan won the four
     * African seats", "Chile and Costa Rica took the two Latin American and Caribbean seats", "Georgia and Romania
     * filled the Eastern European seats, and Belgium and Germany the two seats for ...": members for its term.
     */
    private static void seatsOfTheElection(SentenceView v, List<FactDraft> out) {
        Discourse.Election election = v.discourse.lastElection();
        if (election == null || election.term() == null || !election.term().contains("/")
                || v.findWord("seats", 0, v.tokens.size()) < 0 && v.findWord("seat", 0, v.tokens.size()) < 0) {
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
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

    /** "to the Geneva-based Human Rights Council", "to the 47-member Council": "to" a few words before, no comma. */
    private static boolean toPastAdjectives(SentenceView v, int tok) {
        for (int k = tok - 1; k >= Math.max(0, tok - 6); k--) {
            if (v.tokenIs(k, "to")) {
                return v.tokenIs(k + 1, "the");
            }
            if (v.tokenIs(k, ",") || v.tokenIs(k, "by")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the General Assembly elected 15 States by secret ballot to serve on the Human Rights Council for the 2024-2026
     * term": those elected are named in the next sentence, if at all; the body and term wait for them.
     */
    private static void rememberElection(SentenceView v, CueMatch cue, int ce) {
        if (countedThenNamed(v, cue.tokEnd(), ce) >= 0 || !(v.token(cue.tokEnd()).isNumber()
                || v.kb.cardinal(v.token(cue.tokEnd()).norm()) != null)) {
            return;
        }
        // (also past adjectives: "to the Geneva-based Human Rights Council")
        Mention body = v.firstRight(cue.tokEnd(), ce, m -> m.kind() == MentionKind.ORG && m.id() != null
                && (v.tokenIs(m.tokStart() - 1, "on") || v.tokenIs(m.tokStart() - 1, "to") || v.tokenIs(m.tokStart() - 1, "of")
                || toPastAdjectives(v, m.tokStart())));
        if (body != null && !v.kb.isOffice(body.id())) {
            v.discourse.lastElection(new Discourse.Election(body.id(), body.text(), termOf(v, 0, v.tokens.size())));
        }
    }

    /**
     * "The 14 States that will join the Council on 1 January 2020 were elected by the General Assembly ... for a
     * three-year term ending on 31 December 2022": an election of members counted, not named, whose names come next.
     */
    private static final Set<String> TERM_STARTS = Set.of("join", "joins", "joined", "joining", "beginning", "starting",
            "commencing", "from", "began", "begins");
    private static final Set<String> TERM_ENDS = Set.of("ending", "expiring", "until", "expire", "expires", "end",
            "ends", "to");

    private static boolean countedPassive(SentenceView v, CueMatch cue) {
        int cs = v.clauseStart(cue.tokStart());
        for (int k = cs; k + 1 < cue.tokStart(); k++) {
            boolean count = v.token(k).isNumber() || v.kb.cardinal(v.token(k).norm()) != null;
            if (count && (v.tokenIs(k + 1, "states") || v.tokenIs(k + 1, "countries") || v.tokenIs(k + 1, "members"))) {
                Mention body = v.firstRight(k + 2, v.tokens.size(), m -> m.kind() == MentionKind.ORG && m.id() != null
                        && !v.kb.isOffice(m.id()) && (TERM_STARTS.contains(v.token(m.tokStart() - 1).norm()) || v.tokenIs(m.tokStart() - 1, "to")
                        || v.tokenIs(m.tokStart() - 1, "on") || v.tokenIs(m.tokStart() - 1, "of")));
                if (body == null) {
                    return false;
                }
                v.discourse.lastElection(new Discourse.Election(body.id(), body.text(), termOf(v, 0, v.tokens.size())));
                return true;
            }
        }
        return false;
    }

    /**
     * The term an election is for: a span ("for the 2022-2024 term", "from 1 January 2020 to 31 December 2023"), or a
     * start and an end written apart ("join the Council on 1 January 2020 ... for a three-year term ending on 31
     * December 2022"), else a term's length from its first year ("for three-year terms beginning on 1 January 2024").
     */
    private static String termOf(SentenceView v, int from, int to) {
        DateMention span = v.datesIn(from, to).stream().filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
        if (span != null) {
            return span.iso();
        }
        DateMention start = null;
        DateMention end = null;
        for (DateMention d : v.datesIn(from, to)) {
            int t = v.tokenAt(d.start());
            if (d.iso() == null) {
                continue;
            }
            for (int k = t - 1; k >= Math.max(from, t - 8); k--) { // the nearest word that says which end it is
                String w = v.token(k).norm();
                if (TERM_STARTS.contains(w)) {
                    start = d;
                    break;
                }
                if (TERM_ENDS.contains(w)) {
                    end = d;
                    break;
                }
            }
        }
        if (start != null && end != null) {
            return start.iso() + "/" + end.iso();
        }
        return termFromLength(v, from, to);
    }

    /**
     * "Those elected included Albania, Brazil and Japan.", "Among those elected were the United States, which ..., as
     * well as Cameroon and Eritrea", "They are: Armenia, Brazil, ...": the states of the election reported just before.
     */
    private static void thoseElected(SentenceView v, List<FactDraft> out) {
        Discourse.Election election = v.discourse.lastElection();
        int at = v.tokenIs(0, "among") ? 1 : 0;
        boolean those = v.tokenIs(at, "those") && v.tokenIs(at + 1, "elected");
        boolean they = at == 0 && (v.tokenIs(0, "they") || v.tokenIs(0, "these"));
        // "Elected by secret ballot in New York were Albania, Brazil, ...": the subject after its verb
        int were = v.tokenIs(0, "elected") || v.tokenIs(0, "re-elected")
                ? v.findWord("were", 1, Math.min(v.tokens.size(), 1 + MAX_FRONTED_PHRASE)) : -1;
        if (election == null || !those && !they && were < 0) {
            return;
        }
        int verb = were >= 0 ? were : those ? at + 2 : 1;
        if (!(v.tokenIs(verb, "included") || v.tokenIs(verb, "were") || v.tokenIs(verb, "are") || v.tokenIs(verb, "include"))) {
            return;
        }
        int from = v.tokenIs(verb + 1, ":") ? verb + 2 : verb + 1;
        Mention first = v.firstRight(from, Math.min(v.tokens.size(), from + 2), m -> m.kind() == MentionKind.STATE);
        // "They are A (Ukraine), B (Togo) and C (Sweden)": the experts of a committee's election
        MentionKind kind = first == null ? MentionKind.PERSON : MentionKind.STATE;
        if (first == null) {
            first = v.firstRight(from, Math.min(v.tokens.size(), from + 3), m -> m.kind() == MentionKind.PERSON);
        }
        if (first == null) {
            return;
        }
        v.discourse.lastElection(null);
        // the body is not written here: the words "Those elected" stand for it, under its name as written before
        int standsFrom = were >= 0 ? 0 : at;
        Mention body = new Mention(MentionKind.ORG, election.body(), standsFrom, standsFrom + 2,
                v.token(standsFrom).start(), v.token(standsFrom + 1).end(), election.bodyText(), null, null, true);
        List<Mention> members = v.mentionsIn(first.tokStart(), v.tokens.size(), m -> m.kind() == kind
                && !v.inRelativeClause(m.tokStart(), v.tokens.size()));
        for (Mention member : members) {
            if (member.id() == null) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            fact.date(election.term(), true);
            out.add(fact);
        }
    }

    /**
     * "Re-elected in May 2009 to a seat on the Council for the 2009-2012 term, China has played ...": a participle
     * opening the sentence, whose subject is the state after its closing comma.
     */
    private static void frontedElection(SentenceView v, List<FactDraft> out) {
        if (!(v.tokenIs(0, "elected") || v.tokenIs(0, "re-elected") || v.tokenIs(0, "re") && v.tokenIs(2, "elected"))) {
            return;
        }
        int comma = v.findWord(",", 1, Math.min(v.tokens.size(), 1 + MAX_FRONTED_PHRASE));
        if (comma < 0) {
            return;
        }
        // (not "Elected by the UN General Assembly on 13 October 2020, ...": who elects is no body joined)
        Mention body = v.firstRight(1, comma, m -> m.kind() == MentionKind.ORG && m.id() != null && !v.tokenIs(m.tokStart() - 1, "by"));
        Mention member = v.firstRight(comma + 1, Math.min(v.tokens.size(), comma + 3), m -> m.kind() == MentionKind.STATE);
        if (body == null || member == null || member.id() == null || v.kb.isOffice(body.id())) {
            return;
        }
        DateMention term = v.datesIn(1, comma).stream().filter(d -> d.to() != null && d.iso() != null)
                .findFirst().orElse(null);
        DateMention any = v.datesIn(1, comma).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
        FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
        fact.date(term != null ? term.iso() : any == null ? null : any.iso(), false);
        out.add(fact);
    }

    /** The most tokens between "elected" and the count of those it elected: "elected the following 18 States". */
    private static final int COUNT_REACH = 4;

    /**
     * "the General Assembly elected 18 States to the Human Rights Council for the 2025-2027 term: Benin, Bolivia, ...":
     * the states listed after the colon, members of that body for that term.
     */
    private static void countedElection(SentenceView v, List<FactDraft> out) {
        CueMatch elected = v.cues(CueKind.MEMBERSHIP).stream()
                .filter(c -> "ACTIVE".equals(c.value(CueKind.MEMBERSHIP))).findFirst().orElse(null);
        if (elected == null) {
            return;
        }
        int count = -1;
        for (int k = elected.tokEnd(); k < Math.min(v.tokens.size(), elected.tokEnd() + COUNT_REACH); k++) {
            Token t = v.token(k);
            if ((t.isNumber() || v.kb.cardinal(t.norm()) != null) && (v.tokenIs(k + 1, "states") || v.tokenIs(k + 1, "countries")
                    || v.tokenIs(k + 1, "member") && v.tokenIs(k + 2, "states"))) {
                count = k;
                break;
            }
        }
        int colon = count < 0 ? -1 : v.findWord(":", count, v.tokens.size());
        Mention body = colon < 0 ? null : v.firstRight(count, colon, m -> m.kind() == MentionKind.ORG && m.id() != null
                && v.tokenIs(m.tokStart() - 1, "to") || m.kind() == MentionKind.ORG && m.id() != null
                && v.tokenIs(m.tokStart() - 2, "to") && v.tokenIs(m.tokStart() - 1, "the"));
        if (body == null) {
            return;
        }
        DateMention term = v.datesIn(count, colon).stream().filter(d -> d.to() != null && d.iso() != null).findFirst()
                .orElse(null);
        DateMention date = term != null ? term : v.nearestDate(elected.tokStart());
        int end = v.findWord(".", colon, v.tokens.size());
        for (Mention member : v.mentionsIn(colon + 1, end < 0 ? v.tokens.size() : end, m -> m.kind() == MentionKind.STATE
                && m.id() != null)) {
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            fact.date(date == null ? null : date.iso(), false);
            out.add(fact);
        }
    }

    /**
     * "As a member of the Human Rights Council, to which it was elected in May 2006, China took part in ...": the body
     * before "to which it was elected", the state after the clause, the date inside it.
     */
    private static void electedToWhich(SentenceView v, List<FactDraft> out) {
        for (int k = 1; k + 4 < v.tokens.size(); k++) {
            if (!(v.tokenIs(k, "to") && v.tokenIs(k + 1, "which") && v.tokenIs(k + 2, "it") && v.tokenIs(k + 3, "was")
                    && (v.tokenIs(k + 4, "elected") || v.tokenIs(k + 4, "re-elected")))) {
                continue;
            }
            final int to = k;
            Mention body = v.nearestLeft(k, m -> m.kind() == MentionKind.ORG && m.id() != null && !v.kb.isOffice(m.id())
                    && m.tokEnd() >= to - 1);
            int close = v.findWord(",", k + 5, v.tokens.size());
            Mention member = close < 0 ? null : v.firstRight(close + 1, Math.min(v.tokens.size(), close + 3),
                    m -> m.kind() == MentionKind.STATE && m.id() != null);
            if (body == null || member == null) {
                continue;
            }
            DateMention date = v.datesIn(k + 5, close).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            fact.date(date == null ? null : date.iso(), false);
            out.add(fact);
        }
    }

    /** Whether a body is named as the owner of a session or meeting ("at the 63rd Session of the UN General Assembly"). */
    private static boolean sessionOwner(SentenceView v, Mention body) {
        int of = v.tokenIs(body.tokStart(), "the") ? body.tokStart() - 1 : v.tokenIs(body.tokStart() - 1, "the")
                ? body.tokStart() - 2 : body.tokStart() - 1;
        return v.tokenIs(of, "of") && (v.tokenIs(of - 1, "session") || v.tokenIs(of - 1, "meeting")
                || v.tokenIs(of - 1, "sessions"));
    }

    /** The longest participle phrase opening a sentence before its subject. */
    private static final int MAX_FRONTED_PHRASE = 24;

    /**
     * "welcomed the election of Cote d'Ivoire, Ethiopia, Belgium and Germany as members of the Human Rights Council for
     * the term 2016-2018": an election named as a noun, with its members and body.
     */
    private static void electionOf(SentenceView v, List<FactDraft> out) {
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            if (!(v.tokenIs(i, "election") || v.tokenIs(i, "re-election")) || !v.tokenIs(i + 1, "of")) {
                continue;
            }
            int ce = v.clauseEnd(i);
            Mention first = v.firstRight(i + 2, Math.min(ce, i + 3), m -> m.kind() == MentionKind.STATE);
            if (first == null) {
                continue;
            }
            List<Mention> members = v.coordinatedRight(first, m -> m.kind() == MentionKind.STATE);
            int as = members.get(members.size() - 1).tokEnd();
            if (!v.tokenIs(as, "as")) {
                continue;
            }
            Mention body = v.firstRight(as + 1, Math.min(ce, as + BODY_WINDOW), m -> m.kind() == MentionKind.ORG
                    && m.id() != null && v.tokenIs(m.tokStart() - 1, "of"));
            if (body == null || v.kb.isOffice(body.id())) {
                continue;
            }
            DateMention term = v.datesIn(body.tokEnd(), Math.min(ce, body.tokEnd() + 6)).stream()
                    .filter(d -> d.to() != null && d.iso() != null).findFirst().orElse(null);
            DateMention date = term != null ? term : v.nearestDate(i);
            for (Mention member : members) {
                if (member.id() == null) {
                    continue;
                }
                FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
                fact.date(date == null ? null : date.iso(), false);
                out.add(fact);
            }
        }
    }

    /**
     * "the Committee elected its Bureau for a two-year term: A of Mexico as Chairperson; B of ..., C of ... and D of
     * China as Vice-Chairpersons; and E of France as Rapporteur": each officer, with the role of their part of the
     * list, a member of the body that elected them on the day it did.
     */
    private static void bureau(SentenceView v, List<FactDraft> out) {
        int elected = v.findWord("elected", 0, v.tokens.size());
        if (elected < 0 || v.findWord("bureau", elected, Math.min(v.tokens.size(), elected + 4)) < 0
                && v.findWord("officers", elected, Math.min(v.tokens.size(), elected + 5)) < 0) {
            return;
        }
        int colon = v.findWord(":", elected, v.tokens.size());
        Mention body = v.nearestLeft(elected, m -> m.kind() == MentionKind.ORG && m.id() != null
                && !v.kb.isOffice(m.id()));
        if (colon < 0 || body == null) {
            return;
        }
        DateMention date = v.nearestDate(elected);
        officersOfTheParts(v, body, colon + 1, date == null ? null : date.iso(), out);
    }

    /**
     * The officers listed from {@code from}, in parts closed by ";": "A (Denmark), Chair; B (Morocco) and C (Peru),
     * Vice-Chairs; and D (Japan), Rapporteur". Each person is a member of the body with the role of their part.
     */
    private static void officersOfTheParts(SentenceView v, Mention body, int from, String date, List<FactDraft> out) {
        int part = from;
        while (part < v.tokens.size()) {
            int end = v.findWord(";", part, v.tokens.size());
            end = end < 0 ? v.tokens.size() : end;
            CueMatch role = v.firstCue(CueKind.MEMBERSHIP_ROLE, part, end);
            for (Mention member : v.mentionsIn(part, end, m -> m.kind() == MentionKind.PERSON && m.id() != null)) {
                FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
                if (role != null && !"member".equals(role.value(CueKind.MEMBERSHIP_ROLE))) {
                    fact.text("role", role.value(CueKind.MEMBERSHIP_ROLE), 0, 0);
                }
                fact.date(date, false);
                out.add(fact);
            }
            part = end + 1;
        }
    }

    /** The words that open a list of a body's officers after its subject: "are", "consists of", "comprises". */
    private static final Set<String> LIST_VERBS = Set.of("are", "is", "consists", "comprises", "comprise", "include");

    /**
     * "The Committee's officers, elected on 23 April 2026 for a two-year term, are: A (Chile), Chair; B (Kenya) and C
     * (Peru), Vice-Chairs; and D (Japan), Rapporteur", "The Committee's Bureau, elected on 15 April 2026 ..., consists
     * of ...", "The officers of the Committee for the period 2025-2026 are A of Chile, Chairperson; ...", "elected by
     * acclamation the following officers for a term of two years: ...": a body's officers listed after the words that
     * name them, each part of the list closed by its role (two parts at least). The date is the term the sentence
     * states, else the day of their election. Whether it read the sentence.
     */
    private static boolean officersListed(SentenceView v, List<FactDraft> out) {
        int officers = v.findWord("officers", 0, v.tokens.size());
        officers = officers >= 0 ? officers : v.findWord("bureau", 0, v.tokens.size());
        if (officers < 0) {
            return false;
        }
        int open = -1;
        for (int k = officers + 1; k < Math.min(v.tokens.size(), officers + MAX_TO_THE_FOLLOWING) && open < 0; k++) {
            if (v.tokenIs(k, ":")) {
                open = k + 1;
            } else if (LIST_VERBS.contains(v.token(k).norm())) {
                open = v.tokenIs(k + 1, ":") || v.tokenIs(k + 1, "of") ? k + 2 : k + 1;
            }
        }
        if (open < 0 || rolesListed(v, open) < 2) {
            return false;
        }
        // "The Committee's officers", "the Committee ... elected ... the following officers", "The officers of the
        // Committee"
        Mention body = v.nearestLeft(officers, m -> m.kind() == MentionKind.ORG && m.id() != null && !v.kb.isOffice(m.id()));
        if (body == null) {
            body = v.firstRight(officers + 1, open, m -> m.kind() == MentionKind.ORG && m.id() != null
                    && !v.kb.isOffice(m.id()) && ofBefore(v, m));
        }
        if (body == null && v.discourse.committee() != null) {
            body = v.inferred(MentionKind.ORG, v.discourse.committee(), officers, officers + 1);
        }
        if (body == null) {
            return false;
        }
        DateMention term = v.datesIn(0, open).stream().filter(d -> d.to() != null && d.iso() != null && d.iso().contains("/"))
                .findFirst().orElse(null);
        int elected = v.findWord("elected", 0, open);
        DateMention day = v.nearestDate(elected >= 0 ? elected : officers);
        String date = term != null ? term.iso() : day == null ? null : day.iso();
        officersOfTheParts(v, body, open, date, out);
        return true;
    }

    /** How many parts of the list from {@code from} (closed by ";") name people and their role. */
    private static int rolesListed(SentenceView v, int from) {
        int parts = 0;
        int part = from;
        while (part < v.tokens.size()) {
            int end = v.findWord(";", part, v.tokens.size());
            end = end < 0 ? v.tokens.size() : end;
            if (v.firstCue(CueKind.MEMBERSHIP_ROLE, part, end) != null
                    && !v.mentionsIn(part, end, m -> m.kind() == MentionKind.PERSON && m.id() != null).isEmpty()) {
                parts++;
            }
            part = end + 1;
        }
        return parts;
    }

    /**
     * A list announced by "the following" after a colon, as a Council's closing release writes its appointments and
     * elections: "the Council appointed the following special procedure mandate holders: A (Sweden) as Special
     * Rapporteur on the right to food; B (Senegal) as member of the Working Group on Arbitrary Detention ...", "the
     * Council elected the following five experts as members of its Advisory Committee, for terms running from 1 October
     * 2021 to 30 September 2024: C (Japan) and D (Maldives), from the Asia-Pacific States; ...". Each appointee holds
     * the mandate named after them; each elected expert joins the body named before the colon. True when read.
     */
    private static boolean theFollowing(SentenceView v, List<FactDraft> out) {
        CueMatch cue = v.cues(CueKind.MEMBERSHIP).stream()
                .filter(c -> "ACTIVE".equals(c.value(CueKind.MEMBERSHIP))).findFirst().orElse(null);
        if (cue == null) {
            return electedForATermBeforeAColon(v, out);
        }
        // (also past an aside: "elected by secret ballot, for a four-year term beginning on 1 January 2019 and
        // ending on 31 December 2022, the following candidates:")
        int following = v.findWord("following", cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + MAX_TO_THE_FOLLOWING));
        int colon = following < 0 ? -1 : v.findWord(":", following, v.tokens.size());
        boolean appointed = v.token(cue.tokStart()).norm().equals("appointed");
        boolean listed = colon >= 0 && v.tokenIs(following - 1, "the");
        int among = v.findWord("among", cue.tokEnd(), Math.min(v.tokens.size(), cue.tokEnd() + MAX_TO_AMONG_THEM));
        if (!listed && appointed && among > 0 && v.tokenIs(among - 1, ",") && v.tokenIs(among + 1, "them")) {
            // "the Council appointed six new special procedure mandate holders, among them A of Australia as Special
            // Rapporteur on torture ..., and B of Ukraine as a member of the Working Group on Arbitrary Detention"
            colon = among + 1;
            listed = true;
        }
        if (!listed) {
            return electedForATermBeforeAColon(v, out);
        }
        Mention body = null;
        if (!appointed) { // "as members of the Human Rights Council Advisory Committee"
            int as = v.findWord("as", following, colon);
            body = as < 0 ? null : v.firstRight(as, colon, m -> m.kind() == MentionKind.ORG && m.id() != null
                    && !v.kb.isOffice(m.id()));
            if (body == null) { // "elected to the Committee the following candidates:"
                body = v.firstRight(cue.tokEnd(), colon, m -> m.kind() == MentionKind.ORG && m.id() != null
                        && v.tokenIs(m.tokStart() - 1, "to") && !v.kb.isOffice(m.id()));
            }
            if (body == null && as < 0 && v.discourse.electionBody() != null) {
                // the body the lead said they were elected to: "... today elected nine experts to the Human Rights
                // Committee. ... States parties elected ... the following candidates: A (Paraguay), ..."
                Discourse.Election lead = v.discourse.electionBody();
                body = v.inferred(MentionKind.ORG, lead.body(), cue.tokStart(), cue.tokEnd());
            }
            if (body == null) {
                return false;
            }
        }
        String term = null;
        DateMention when = null;
        for (DateMention d : v.datesIn(0, colon)) {
            if (d.iso() == null) {
                continue;
            }
            if (d.to() != null && v.tokenAt(d.start()) > cue.tokEnd()) {
                term = d.iso(); // "for terms running from 1 October 2021 to 30 September 2024"
            } else {
                when = d;
            }
        }
        if (term == null && !appointed) { // "for a four-year term beginning on 1 January 2019 and ending on 31 December 2022"
            String stated = termOf(v, cue.tokEnd(), colon);
            term = stated != null && stated.contains("/") ? stated : null;
        }
        String date = term != null ? term : when != null ? when.iso() : closingMeetingDay(v, cue);
        if (v.tokenIs(v.tokens.size() - 1, ":") && colon == v.tokens.size() - 1) {
            // the people follow as items of their own: "... appointed the following mandate holders:\n- A (Australia),
            // as Special Rapporteur on ...;\n- B ..."
            v.discourse.appointmentList(new Discourse.AppointmentList(body == null ? null : body.id(), date));
            return true;
        }
        int read = 0;
        List<Mention> people = v.mentionsIn(colon + 1, v.tokens.size(), m -> m.kind() == MentionKind.PERSON && m.id() != null);
        for (Mention person : people) {
            read += joins(v, person, body, date, out) ? 1 : 0;
        }
        return read > 0;
    }

    /** An item of a list of appointments or of those elected that "the following ...:" announced. */
    private static void itemOfTheFollowing(SentenceView v, Discourse.AppointmentList list, List<FactDraft> out) {
        int from = Math.max(0, v.listItemStart());
        Mention person = v.firstRight(from, Math.min(v.tokens.size(), from + 1), m -> m.kind() == MentionKind.PERSON
                && m.id() != null);
        if (person == null) {
            return;
        }
        Mention body = list.body() == null ? null : v.inferred(MentionKind.ORG, list.body(), person.tokStart(), person.tokEnd());
        joins(v, person, body, list.date(), out);
    }

    /**
     * One of "the following" joins the body (null: the mandate named after them, "A (Sweden) as Special Rapporteur on
     * ..."). Whether it read one.
     */
    private static boolean joins(SentenceView v, Mention person, Mention body, String date, List<FactDraft> out) {
        Mention joins = body;
        String role = null;
        if (body == null) {
            joins = mandateAfter(v, person);
            if (joins == null) {
                return false;
            }
            role = KnowledgeBase.isMandate(joins.id()) ? titleOfMandate(joins) : null;
        }
        FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", person).entity("body", joins);
        if (role != null) {
            fact.text("role", role, 0, 0);
        }
        fact.date(date, false);
        out.add(fact);
        return true;
    }

    /**
     * "The Council welcomed its fifteen new members, which were elected by the General Assembly on 13 October 2020 for
     * the 2021-2023 term: Bolivia, China, ... and Uzbekistan": the states after the colon join the body named first
     * (not the electors after "by") for the term. Only where the sentence states the term and the list after the colon
     * holds nothing but members. True when read.
     */
    private static boolean electedForATermBeforeAColon(SentenceView v, List<FactDraft> out) {
        CueMatch cue = v.cues(CueKind.MEMBERSHIP).stream()
                .filter(c -> v.token(c.tokEnd() - 1).norm().endsWith("elected"))
                // passive ("which were elected by ..."), or a participle ("its new members, elected by ..."): not
                // "the General Assembly elected 18 States to the Council ...: A, B, ...", read with the electors
                .filter(c -> !"ACTIVE".equals(c.value(CueKind.MEMBERSHIP)) || v.tokenIs(c.tokEnd(), "by"))
                .findFirst().orElse(null);
        int colon = cue == null ? -1 : v.findWord(":", cue.tokEnd(), v.tokens.size());
        if (colon < 0) {
            return false;
        }
        DateMention term = v.datesIn(cue.tokEnd(), colon).stream()
                .filter(d -> d.to() != null && d.iso() != null && d.iso().contains("/")).reduce((a, b) -> b).orElse(null);
        if (term == null) {
            return false;
        }
        Mention body = v.firstRight(0, cue.tokStart(), m -> m.kind() == MentionKind.ORG && m.id() != null
                && !v.tokenIs(m.tokStart() - 1, "by") && !v.kb.isOffice(m.id()));
        List<Mention> members = new ArrayList<>();
        for (int k = colon + 1; k < v.tokens.size(); k++) {
            final int at = k;
            Mention m = v.firstRight(at, at + 1, any -> any.tokStart() == at);
            if (m != null && (m.kind() == MentionKind.STATE || m.kind() == MentionKind.PERSON) && m.id() != null) {
                members.add(m);
                k = m.tokEnd() - 1;
                if (m.kind() == MentionKind.PERSON && v.tokenIs(k + 1, "(")) { // "Helena Kiriakou (Cyprus)"
                    int close = v.findWord(")", k + 1, Math.min(v.tokens.size(), k + 8));
                    k = close < 0 ? k : close;
                }
            } else if (!(v.tokenIs(k, ",") || v.tokenIs(k, "and") || v.tokenIs(k, "the") || v.tokenIs(k, "."))) {
                return false; // more than a list of members
            }
        }
        if (members.stream().anyMatch(m -> m.kind() == MentionKind.PERSON)
                && members.stream().anyMatch(m -> m.kind() == MentionKind.STATE)) {
            return false;
        }
        if (body == null && !members.isEmpty() && members.get(0).kind() == MentionKind.PERSON
                && v.discourse.committee() != null) {
            // "five new members, who were elected ... for a four-year term running from 2023 to 2026, made the solemn
            // declaration: A (Cyprus), B (Senegal), ...": members of the committee the release is about
            body = v.inferred(MentionKind.ORG, v.discourse.committee(), cue.tokStart(), cue.tokEnd());
        }
        if (body == null) {
            return false;
        }
        if (members.size() < 2) {
            return false;
        }
        for (Mention member : members) {
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            fact.date(term.iso(), false);
            out.add(fact);
        }
        return true;
    }

    /** "the UN Special Rapporteur on the right to education": its title, "Special Rapporteur". */
    private static String titleOfMandate(Mention mandate) {
        return mandate.text().replaceFirst("^(?:the |UN |United Nations )+", "").split(" (on|in|for|of) ")[0];
    }

    /** "A (Sweden) as Special Rapporteur on ...", "B (Ukraine) as member of the Working Group on ...": that mandate. */
    private static Mention mandateAfter(SentenceView v, Mention person) {
        int k = person.tokEnd();
        if (v.tokenIs(k, "(")) {
            int close = v.findWord(")", k, Math.min(v.tokens.size(), k + 8));
            k = close < 0 ? k : close + 1;
        }
        final int of = k;
        if (v.tokenIs(k, "of") && v.firstRight(k + 1, k + 2, m -> m.kind() == MentionKind.STATE && m.tokStart() == of + 1) != null) {
            k = v.firstRight(k + 1, k + 2, m -> m.kind() == MentionKind.STATE).tokEnd(); // "A of Australia as ..."
        }
        if (v.tokenIs(k, ",")) { // "A (Australia), as Special Rapporteur on ..."
            k++;
        }
        if (!v.tokenIs(k, "as")) {
            return null;
        }
        Mention m = v.firstRight(k + 1, Math.min(v.tokens.size(), k + 5), any -> any.id() != null || any.affiliation() != null);
        String id = bodyMeant(m);
        if (id == null || !(KnowledgeBase.isMandate(id) || id.startsWith("org:WG"))) {
            return null;
        }
        return asBody(m, id);
    }

    /** The body a mention names: its own id where it is one, else the office it holds ("the Special Rapporteur on ..."). */
    private static String bodyMeant(Mention m) {
        return m == null ? null : m.id() != null && m.id().startsWith("org:") ? m.id() : m.affiliation();
    }

    /** The mention, as the body with this id. */
    private static Mention asBody(Mention m, String id) {
        return new Mention(MentionKind.ORG, id, m.tokStart(), m.tokEnd(), m.start(), m.end(), m.text(), null, id, true);
    }

    /**
     * "The Committee then elected by acclamation, for a term of two years, Mr. A (Colombia) as Chairperson, Ms. B
     * (Morocco) and Mr. C (Turkiye) as Vice-Chairpersons, and Ms. D (Senegal) as Rapporteur": a body's officers, each
     * group of people closed by "as <role>" (two such groups at least). The election's date is the sentence's, else
     * the day the sentence before gave, else, after "then", the day the text last gave. Whether it read the sentence.
     */
    private static boolean officersByRole(SentenceView v, List<FactDraft> out) {
        CueMatch elected = v.cues(CueKind.MEMBERSHIP).stream()
                .filter(c -> "ACTIVE".equals(c.value(CueKind.MEMBERSHIP)) || "HELD".equals(c.value(CueKind.MEMBERSHIP)))
                .findFirst().orElse(null);
        if (elected == null) {
            return false;
        }
        // "Olga Vasilenko was elected by acclamation as Chair, A and B as Vice-Chairs, ...": the passive's subjects
        // are the first group
        List<Mention> subjects = "HELD".equals(elected.value(CueKind.MEMBERSHIP)) ? electedSubjects(v, elected) : List.of();
        if ("HELD".equals(elected.value(CueKind.MEMBERSHIP)) && subjects.isEmpty()) {
            return false;
        }
        Mention body = v.nearestLeft(elected.tokStart(), m -> m.kind() == MentionKind.ORG && m.id() != null
                && !v.kb.isOffice(m.id()));
        if (body == null) { // "Olga Vasilenko was elected by acclamation as Chair, ...": by the committee the text is about
            body = bodyTheTextIsAbout(v, elected.tokStart(), elected.tokEnd());
        }
        if (body == null) {
            return false;
        }
        List<FactDraft> facts = new ArrayList<>();
        List<Mention> pending = new ArrayList<>(subjects);
        int groups = 0;
        for (int i = elected.tokEnd(); i < v.tokens.size(); i++) {
            final int at = i;
            Mention person = v.mentions.stream().filter(m -> m.tokStart() == at && m.kind() == MentionKind.PERSON
                    && m.id() != null).findFirst().orElse(null);
            if (person != null) {
                pending.add(person);
                i = person.tokEnd() - 1;
                continue;
            }
            // (also "as its Chair", "as the Rapporteur")
            int roleAt = v.tokenIs(i + 1, "its") || v.tokenIs(i + 1, "the") ? i + 2 : i + 1;
            CueMatch role = v.tokenIs(i, "as") ? v.firstCue(CueKind.MEMBERSHIP_ROLE, roleAt, Math.min(v.tokens.size(), roleAt + 1)) : null;
            if (role != null && !pending.isEmpty()) {
                for (Mention member : pending) {
                    FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
                    if (!"member".equals(role.value(CueKind.MEMBERSHIP_ROLE))) {
                        fact.text("role", role.value(CueKind.MEMBERSHIP_ROLE), 0, 0);
                    }
                    facts.add(fact);
                }
                pending.clear();
                groups++;
            }
        }
        if (groups < 2) {
            return false;
        }
        // "At the opening meeting on 2 April, ... . The Committee then|also elected ...": that day
        DateMention date = v.nearestDate(elected.tokStart());
        var before = v.discourse.spokeOfToday(v.sentence().index() - 1) && v.discourse.dateline() != null
                ? v.discourse.dateline() // "The session opened this morning ... . The Committee then elected ..."
                : v.discourse.dayWrittenIn(v.sentence().index() - 1);
        boolean then = v.tokenIs(elected.tokStart() - 1, "then");
        // (in a release about its own day, "then" goes on with that day: "opened this morning ... then elected")
        var thenDay = v.discourse.spokeOfToday() && v.discourse.dateline() != null ? v.discourse.dateline() : v.discourse.lastDay();
        String iso = date != null ? date.iso() : before != null ? before.iso() : then && thenDay != null ? thenDay.iso() : null;
        // the term they serve, where the sentence states one: "...; all will serve for the period 2019-2020"
        DateMention term = v.datesIn(elected.tokEnd(), v.tokens.size()).stream()
                .filter(d -> d.to() != null && d.iso() != null && d.iso().contains("/")).findFirst().orElse(null);
        if (term != null) {
            iso = term.iso();
        }
        if (iso == null) {
            // "At the opening meeting on 22 February, the Committee elected ... its Bureau. ... A, B and C were elected
            // as Vice-Chairpersons, and D as Rapporteur": the day the sentence's other readings of it found
            iso = out.stream().filter(f -> f.type() == FactType.MEMBERSHIP && f.date() != null).map(FactDraft::date)
                    .findFirst().orElse(null);
        }
        for (FactDraft fact : facts) {
            fact.date(iso, date == null && term == null);
            out.add(fact);
        }
        return true;
    }

    /** The most tokens between a passive election's subject and its verb: "A (Lithuania) was elected". */
    private static final int SUBJECT_TO_PASSIVE = 4;

    /**
     * The people a passive election is about, written before it: "Olga Vasilenko was elected ...", "A (Morocco), B
     * (Japan) and C (Serbia) were elected ..."; none where no person closes the subject.
     */
    private static List<Mention> electedSubjects(SentenceView v, CueMatch elected) {
        Mention last = v.nearestLeft(elected.tokStart(), m -> m.kind() == MentionKind.PERSON && m.id() != null);
        if (last == null || elected.tokStart() - last.tokEnd() > SUBJECT_TO_PASSIVE
                || v.findWord(",", last.tokEnd(), elected.tokStart()) >= 0) {
            return List.of();
        }
        return v.coordinatedLeft(last, m -> m.kind() == MentionKind.PERSON && m.id() != null);
    }

    /**
     * In an election story, "The new members will replace the following States, whose terms of membership began on 1
     * January 2017 and expire on 31 December 2019: China, Croatia, ..., as well as the seat left vacant by ...": the
     * members listed after the colon, for the term the clause gives, of the body the election was for.
     */
    private static void outgoingMembers(SentenceView v, List<FactDraft> out) {
        Discourse.Election election = v.discourse.electionBody();
        int whose = v.findWord("whose", 0, v.tokens.size());
        if (election == null || whose < 0 || !(v.tokenIs(whose + 1, "terms") || v.tokenIs(whose + 1, "term")
                || v.tokenIs(whose + 2, "terms") || v.tokenIs(whose + 2, "term"))) {
            return;
        }
        int colon = v.findWord(":", whose, v.tokens.size());
        String term = colon < 0 ? null : termOf(v, whose, colon);
        if (term == null || !term.contains("/")) {
            return;
        }
        int until = v.findWord("well", colon, v.tokens.size()); // "..., as well as the seat left vacant by ..."
        List<Mention> members = v.mentionsIn(colon + 1, until > 0 ? until - 1 : v.tokens.size(),
                m -> m.kind() == MentionKind.STATE && m.id() != null);
        Mention body = new Mention(MentionKind.ORG, election.body(), whose, whose + 2, v.token(whose).start(),
                v.token(whose + 1).end(), election.bodyText(), null, null, true);
        for (Mention member : members) {
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            fact.date(term, false);
            out.add(fact);
        }
    }

    /** The committee whose release this is, else the body last the subject of a sentence, as a mention at [from, to). */
    private static Mention bodyTheTextIsAbout(SentenceView v, int from, int to) {
        String id = v.discourse.committee() != null ? v.discourse.committee() : v.discourse.lastSubjectBody();
        return id == null ? null : v.inferred(MentionKind.ORG, id, from, to);
    }

    private static final Set<String> COMPOSED = Set.of("composed", "comprised", "made", "consists", "consisting");

    /**
     * "The Working Group ... is composed of five independent experts from all regions of the world: Aua Balde
     * (Guinea-Bissau), Chair-Rapporteur; Gabriella Citroni (Italy), Vice-Chair; ...": each expert named after the
     * colon is a member of the body, with the office written after their name; the text gives no term.
     */
    private static void composition(SentenceView v, List<FactDraft> out) {
        for (int i = 1; i + 1 < v.tokens.size(); i++) {
            boolean verb = COMPOSED.contains(v.token(i).norm())
                    && (v.tokenIs(i + 1, "of") || v.tokenIs(i + 1, "up") && v.tokenIs(i + 2, "of"));
            if (!verb) {
                continue;
            }
            int colon = v.findWord(":", i, v.tokens.size());
            final int at = i;
            Mention body = v.nearestLeft(i, m -> m.kind() == MentionKind.ORG && m.id() != null && !v.kb.isOffice(m.id())
                    && m.tokStart() >= v.clauseStart(at));
            if (body == null && v.tokenIs(0, "it") && (v.tokenIs(1, "is") || v.tokenIs(1, "was"))) {
                body = bodyTheTextIsAbout(v, 0, 1); // "It is composed of five independent experts: ..."
            }
            if (colon < 0 || body == null) {
                return;
            }
            List<Mention> members = v.mentionsIn(colon + 1, v.tokens.size(), m -> m.kind() == MentionKind.PERSON
                    && m.id() != null);
            for (int k = 0; k < members.size(); k++) {
                Mention member = members.get(k);
                FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
                int until = k + 1 < members.size() ? members.get(k + 1).tokStart() : v.tokens.size();
                String role = roleAfterName(v, member.tokEnd(), until);
                if (role != null) {
                    fact.text("role", role, 0, 0);
                }
                fact.date(null, false);
                out.add(fact);
            }
            return;
        }
    }

    /** "(Italy), Vice-Chair;" or "(Chairperson)," after a member's name: the office, else null. */
    private static String roleAfterName(SentenceView v, int from, int until) {
        int k = from;
        if (v.tokenIs(k, "(")) {
            int close = v.findWord(")", k, until);
            if (close < 0) {
                return null;
            }
            if (v.mentionsIn(k + 1, close, m -> m.kind() == MentionKind.STATE).isEmpty() && close > k + 1) {
                return v.text(k + 1, close); // "(Chairperson)"
            }
            k = close + 1;
        }
        if (!v.tokenIs(k, ",") || v.token(k + 1) == null || !v.token(k + 1).isCapitalised()) {
            return null;
        }
        int end = k + 1;
        while (end < until && !v.tokenIs(end, ";") && !v.tokenIs(end, ",") && !v.tokenIs(end, ".")
                && !v.tokenIs(end, "and")) {
            end++;
        }
        return end > k + 1 && v.mentionsIn(k + 1, end, m -> m.kind() == MentionKind.PERSON
                || m.kind() == MentionKind.STATE || m.kind() == MentionKind.ORG && !v.kb.isOffice(m.id())).isEmpty()
                ? v.text(k + 1, end) : null;
    }

    /**
     * "The new members will serve three-year terms beginning on 1 January 2017 and ending on 31 December 2019.": the
     * term of those the sentence before elected without one, which the engine then dates.
     */
    private static void termOfThoseElected(SentenceView v, List<FactDraft> out) {
        // (also "Both were elected by the States parties ... for a term of office running from 1 July 2019 to 30 June
        // 2023", after "two new members of the Committee, A and B, made their solemn declarations")
        boolean electedThen = (v.tokenIs(0, "both") || v.tokenIs(0, "they")) && v.tokenIs(1, "were")
                && (v.tokenIs(2, "elected") || v.tokenIs(2, "re-elected"));
        boolean serve = electedThen || v.tokens.stream().anyMatch(t -> t.is("serve") || t.is("serves"));
        boolean subject = v.tokenIs(0, "they") || v.tokenIs(0, "both") || v.findWord("members", 0, Math.min(v.tokens.size(), 5)) >= 0
                || v.findWord("states", 0, Math.min(v.tokens.size(), 5)) >= 0;
        if (!serve || !subject || out.stream().anyMatch(f -> f.type() == FactType.MEMBERSHIP)) {
            return;
        }
        String term = termOf(v, 0, v.tokens.size());
        if (term != null && term.contains("/")) {
            v.discourse.termOfThoseElected(term);
            Discourse.Election election = v.discourse.lastElection();
            if (election != null && election.term() == null) {
                // "The General Assembly today elected 14 Member States to the Human Rights Council. The newly elected
                // members will serve three-year terms, from 2020 to 2022 ...": the term of those named next
                v.discourse.lastElection(new Discourse.Election(election.body(), election.bodyText(), term));
            }
        }
    }

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        Discourse.AppointmentList list = v.discourse.appointmentList();
        if (list != null && (v.listItemStart() > 0 || v.bulleted())) {
            itemOfTheFollowing(v, list, out);
            return;
        }
        v.discourse.appointmentList(null);
        officersAnnounced(v);
        applyRules(v, out);
        // "The Committee then elected its officers ... . A was elected Chairperson. B and C were elected
        // Vice-Chairpersons": the officers named in the sentences after it were elected on its day
        String announced = v.discourse.officersElectedBefore(v.sentence().index());
        if (announced != null && v.dates.stream().noneMatch(d -> d.end() > d.start())) {
            for (FactDraft fact : out.subList(before, out.size())) {
                if (fact.type() == FactType.MEMBERSHIP && fact.fields().get("role") != null) {
                    fact.date(announced, true);
                }
            }
        }
        String here = v.discourse.officersElectedIn(v.sentence().index());
        for (FactDraft fact : out.subList(before, out.size())) {
            if (here != null && fact.type() == FactType.MEMBERSHIP && fact.date() == null) {
                fact.date(here, true); // "The Committee then elected by acclamation A ... as Chairperson"
            }
        }
    }

    /**
     * "The Committee then elected its officers for a two-year term.": an election whose officers the next sentences
     * name. Its day is the sentence's, else the release's own day in a release about it ("opened this morning ...
     * then elected"), else, after "then", the day the text last gave.
     */
    private static void officersAnnounced(SentenceView v) {
        int elected = v.findWord("elected", 0, v.tokens.size());
        boolean then = elected > 0 && v.tokenIs(elected - 1, "then");
        // "The Committee then elected its officers ...", or its chair first: "The Committee then elected by
        // acclamation A, its member from Egypt, as Chairperson"
        boolean officers = elected >= 0 && (v.findWord("officers", elected, Math.min(v.tokens.size(), elected + 3)) >= 0
                || v.findWord("bureau", elected, Math.min(v.tokens.size(), elected + 3)) >= 0);
        if (elected < 0 || !officers && !(then && v.mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERSON))
                || officers && v.mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERSON) && !then) {
            return;
        }
        DateMention date = v.nearestDate(elected);
        var dateline = v.discourse.dateline();
        var last = v.discourse.lastDay();
        var before = v.discourse.dayWrittenIn(v.sentence().index() - 1);
        if (before != null && dateline != null && before.iso().compareTo(dateline.iso()) < 0) {
            before = null; // a day the release looked back to ("had ratified the Convention on 14 June")
        }
        String thenDay = !then ? null : before != null ? before.iso() : last == null ? null : last.iso();
        if (then && dateline != null && before == null && (v.discourse.spokeOfToday() || thenDay == null
                || thenDay.compareTo(dateline.iso()) < 0 || thenDay.compareTo(dateline.iso()) > 0)) {
            // "... then elected" goes on from the release's day, not a day it looked back to, nor the last day of a
            // session it announced ("being held from 4 to 29 March")
            thenDay = dateline.iso();
        }
        String iso = date != null ? date.iso() : thenDay;
        if (iso != null) {
            v.discourse.officersElected(iso, v.sentence().index());
        }
    }

    /**
     * A membership named as a noun, with its term: "congratulated Viet Nam on its membership of the Human Rights
     * Council for the 2023-2025 term", "Malaysia's election to the Human Rights Council for the term 2022-2024"; or a
     * state "admitted to membership of the United Nations" on the sentence's date. Not a membership sought ("its
     * candidature for membership of the Council").
     */
    private static void membershipNamed(SentenceView v, List<FactDraft> out) {
        for (int i = 1; i + 2 < v.tokens.size(); i++) {
            boolean membership = v.tokenIs(i, "membership") && (v.tokenIs(i + 1, "of") || v.tokenIs(i + 1, "in"));
            boolean election = (v.tokenIs(i, "election") || v.tokenIs(i, "re-election")) && v.tokenIs(i + 1, "to");
            if (!membership && !election || v.tokenIs(i - 1, "for")) {
                continue;
            }
            final int at = i;
            Mention body = v.firstRight(i + 2, Math.min(v.tokens.size(), i + 4), m -> m.kind() == MentionKind.ORG
                    && m.id() != null && !v.kb.isOffice(m.id()));
            if (body == null) {
                continue;
            }
            boolean admitted = membership && v.tokenIs(i - 1, "to") && v.tokenIs(i - 2, "admitted");
            Mention member;
            if (admitted) { // "Uzbekistan is admitted to membership of the United Nations"
                member = v.nearestLeft(i - 2, m -> m.kind() == MentionKind.STATE && m.id() != null);
            } else if (v.tokenIs(i - 1, "its")) { // "congratulated Viet Nam on its membership of ..."
                member = v.nearestLeft(i - 1, m -> m.kind() == MentionKind.STATE && m.id() != null);
            } else { // "Malaysia's election to ...", "Viet Nam's membership of ..."
                member = v.nearestLeft(i, m -> m.kind() == MentionKind.STATE && m.id() != null
                        && v.possessive(m) && m.tokEnd() >= at - 3);
            }
            if (member == null) {
                continue;
            }
            String date = termOf(v, body.tokEnd(), Math.min(v.tokens.size(), body.tokEnd() + 8));
            if (date == null && admitted) {
                DateMention d = v.nearestDate(i);
                date = d == null ? null : d.iso();
            }
            if (date == null) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            fact.date(date, false);
            out.add(fact);
        }
    }

    /**
     * "Four new members of the Committee, elected ... for terms running from 1 January 2025 to 31 December 2028, made
     * their solemn declarations: A (Chile) and B (Nepal)", "Five experts ..., among them C (Peru), made the solemn
     * declaration": those who take the oath of a treaty body are its members, for the term the sentence gives. Where
     * the sentence names none, "They are ..." next does, so the body and term wait for them as an election's.
     */
    private static void solemnDeclaration(SentenceView v, List<FactDraft> out) {
        int solemn = v.findWord("solemn", 0, v.tokens.size());
        if (solemn < 0 || !(v.tokenIs(solemn + 1, "declaration") || v.tokenIs(solemn + 1, "declarations"))
                || v.discourse.committee() == null) {
            return;
        }
        String term = termOf(v, 0, v.tokens.size());
        term = term != null && term.contains("/") ? term : null;
        Mention body = v.inferred(MentionKind.ORG, v.discourse.committee(), solemn, solemn + 2);
        List<Mention> members = v.mentionsIn(0, v.tokens.size(), m -> m.kind() == MentionKind.PERSON && m.id() != null);
        if (members.isEmpty()) {
            if (term != null) { // (not a headline's "New Members Make Solemn Declaration", which gives no term)
                v.discourse.lastElection(new Discourse.Election(body.id(), body.text(), term));
            }
            return;
        }
        // "Seven new Committee members, elected by the States parties to the Covenant on 23 June 2016, then made their
        // solemn declarations: A of Paraguay, ...": with no term stated, the day of their election (a term the next
        // sentences give is for members named there, still undated)
        int elected = v.findWord("elected", 0, solemn);
        DateMention day = term != null || elected < 0 ? null
                : v.datesIn(elected, solemn).stream().filter(DateMention::isDay).findFirst().orElse(null);
        for (Mention member : members) {
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            fact.date(term != null ? term : day != null ? day.iso() : null, false);
            out.add(fact);
        }
    }

    /** The most tokens between the chair word and the organisation it is of: "Chairmanship of the OSCE", "ASEAN Chair". */
    private static final int CHAIR_TO_ORGANISATION = 3;

    /** The most tokens from the organisation to the year of the chair: "the ASEAN Chairmanship for the year 2019". */
    private static final int CHAIR_TO_YEAR = 5;

    /** The tokens a year set before the sentence's subject may take: "Throughout 2010", "In 2016,". */
    private static final int FRONTED_YEAR_TOKENS = 3;

    /**
     * "Kazakhstan holds the Chairmanship of the OSCE throughout 2010", "As Chair of ASEAN in 2022, Cambodia ...", "Viet
     * Nam, which holds the ASEAN Chairmanship for 2020", "congratulated Thailand on its assumption of the ASEAN
     * Chairmanship in 2019": a state chairing an organisation of states for a year (a member with the role of chair).
     */
    private static void chairmanshipOfAnOrganisation(SentenceView v, List<FactDraft> out) {
        for (int i = 0; i < v.tokens.size(); i++) {
            if (!v.kb.words("chair-of-states-words").contains(v.token(i).norm())) {
                continue;
            }
            final int chair = i;
            Mention organisation = v.mentions.stream().filter(m -> m.kind() == MentionKind.ORG && m.id() != null
                    && !v.kb.isOffice(m.id()) && v.kb.monitoredTreaty(m.id()) == null
                    && (m.tokEnd() == chair // "the ASEAN Chairmanship"
                    || m.tokStart() > chair && m.tokStart() - chair <= CHAIR_TO_ORGANISATION && v.tokenIs(chair + 1, "of")))
                    .findFirst().orElse(null);
            if (organisation == null) {
                continue;
            }
            int after = Math.max(chair + 1, organisation.tokEnd());
            DateMention year = v.datesIn(after, Math.min(v.tokens.size(), after + CHAIR_TO_YEAR)).stream()
                    .filter(d -> d.to() == null && d.iso() != null && d.iso().length() == 4).findFirst().orElse(null);
            if (year == null) { // "Throughout 2010 Kazakhstan holds the Chairmanship of the OSCE": the year set before
                year = v.datesIn(0, Math.min(chair, FRONTED_YEAR_TOKENS)).stream()
                        .filter(d -> d.to() == null && d.iso() != null && d.iso().length() == 4).findFirst().orElse(null);
            }
            // the state: "Cambodia" after "As Chair of ASEAN in 2022,", else the one named before the chair
            Mention state = v.tokenIs(0, "as") ? v.firstRight(after, v.tokens.size(), m -> m.kind() == MentionKind.STATE
                    && m.id() != null) : v.nearestLeft(Math.min(chair, organisation.tokStart()),
                    m -> m.kind() == MentionKind.STATE && m.id() != null && !m.inferred());
            if (year == null || state == null) {
                continue;
            }
            if (!v.tokenIs(0, "as") && v.mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERSON && m.tokEnd() <= chair)) {
                continue; // "A, Representative of Thailand to the AICHR, served as Chair of the AICHR for 2019": hers
            }
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", state).entity("body", organisation);
            fact.text("role", "chair", 0, 0);
            fact.date(year.iso(), false);
            out.add(fact);
            return;
        }
    }

    /** The words an apposition between a person and their office may hold besides names and titles. */
    private static final Set<String> APPOSITION_WORDS = Set.of(",", "the", "of", "to", "at", "in", "and", "(", ")");

    /**
     * "the President of the Human Rights Council for 2027, Ambassador A of Chile, welcomed ...", "B, Representative of
     * the Lao PDR to the AICHR and Chair of the AICHR for 2026, opened ...": an office of a body held for a year, by the
     * person whose apposition it is (after the year, or before the office with nothing but names and titles between).
     */
    private static void officeForAYear(SentenceView v, List<FactDraft> out) {
        for (CueMatch role : v.cues(CueKind.MEMBERSHIP_ROLE)) {
            String value = role.value(CueKind.MEMBERSHIP_ROLE);
            int of = role.tokEnd();
            if ("member".equals(value) || !v.tokenIs(of, "of")) {
                continue;
            }
            Mention body = v.firstRight(of + 1, Math.min(v.tokens.size(), of + 3), m -> m.kind() == MentionKind.ORG
                    && m.id() != null && !v.kb.isOffice(m.id()) && ofBefore(v, m));
            if (body == null || !v.tokenIs(body.tokEnd(), "for")) {
                continue;
            }
            DateMention year = v.datesIn(body.tokEnd() + 1, body.tokEnd() + 2).stream()
                    .filter(d -> d.to() == null && d.iso() != null && d.iso().length() == 4).findFirst().orElse(null);
            if (year == null) {
                continue;
            }
            int after = v.tokenAt(year.end() - 1) + 1;
            Mention holder = v.tokenIs(after, ",") ? v.firstRight(after + 1, Math.min(v.tokens.size(), after + 2),
                    m -> m.kind() == MentionKind.PERSON && m.id() != null) : null;
            if (holder == null) {
                holder = personInAppositionBefore(v, role.tokStart());
            }
            if (holder == null) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", holder).entity("body", body);
            fact.text("role", value, 0, 0);
            fact.date(year.iso(), false);
            out.add(fact);
        }
    }

    /**
     * The person an office at {@code tok} describes: "A, Permanent Representative of Chile to the United Nations
     * Office at Geneva and President of ...": named right before, past a comma and nothing but names and titles.
     */
    private static Mention personInAppositionBefore(SentenceView v, int tok) {
        Mention person = v.nearestLeft(tok, m -> m.kind() == MentionKind.PERSON && m.id() != null);
        if (person == null || !v.tokenIs(person.tokEnd(), ",")) {
            return null;
        }
        // (a timeline's entry, its verb right before the office: "Dec. 2026: Ambassador A, Permanent Representative of
        // Fiji in Geneva, elected President of the Human Rights Council for 2027")
        int end = v.tokenIs(tok - 1, "elected") || v.tokenIs(tok - 1, "re-elected") ? tok - 1 : tok;
        for (int k = person.tokEnd(); k < end; k++) {
            Token t = v.token(k);
            if (!APPOSITION_WORDS.contains(t.norm()) && !(t.isWord() && t.isCapitalised())) {
                return null;
            }
        }
        return person;
    }

    private void applyRules(SentenceView v, List<FactDraft> out) {
        termOfTheElectionJustReported(v);
        votesOfTheElection(v, out);
        seatsOfTheElection(v, out);
        membershipNamed(v, out);
        termOfThoseElected(v, out);
        electionOf(v, out);
        frontedElection(v, out);
        countedElection(v, out);
        electedToWhich(v, out);
        thoseElected(v, out);
        asMemberForATerm(v, out);
        solemnDeclaration(v, out);
        officeForAYear(v, out);
        chairmanshipOfAnOrganisation(v, out);
        composition(v, out);
        outgoingMembers(v, out);
        boolean followingList = theFollowing(v, out);
        boolean officersByRole = followingList || officersByRole(v, out);
        if (!officersByRole) { // one reading of an officers' list: "its officers ...: A as Chairperson; B and C as ..."
            officersByRole = officersListed(v, out);
        }
        if (!officersByRole) {
            bureau(v, out);
        }
        Mention lastBody = null;
        Mention lastMember = null;
        for (CueMatch cue : v.cues(CueKind.MEMBERSHIP)) {
            int ce = v.clauseEnd(cue.tokEnd());
            List<Mention> members = new ArrayList<>();
            Mention body;
            if (officersByRole && ("ACTIVE".equals(cue.value(CueKind.MEMBERSHIP)) || followingList)) {
                continue; // read whole above
            }
            if ("ACTIVE".equals(cue.value(CueKind.MEMBERSHIP)) && timelineElided(v, cue, ce, out)) {
                continue;
            }
            if ("ACTIVE".equals(cue.value(CueKind.MEMBERSHIP))) {
                Mention electing = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.ORG);
                // "elected by acclamation Noureddine Amir", "elected unanimously X"
                int object = v.tokenIs(cue.tokEnd(), "by") && v.tokenIs(cue.tokEnd() + 1, "acclamation") ? cue.tokEnd() + 2
                        : v.tokenIs(cue.tokEnd(), "unanimously") ? cue.tokEnd() + 1 : cue.tokEnd();
                if (v.tokenIs(object, ",")) { // "elected by acclamation, for a term of two years, Mr. A (Colombia) as Chair"
                    int close = v.findWord(",", object + 1, Math.min(ce, object + MAX_ASIDE));
                    if (close > object && v.mentionsIn(object + 1, close, MEMBER).isEmpty()) {
                        object = close + 1;
                    }
                }
                Mention elected = v.firstRight(object, Math.min(ce, object + 2), MEMBER);
                // "elected 18 countries, among them Fiji, Bahrain and Eritrea, to the Council"
                int among = elected != null ? -1 : countedThenNamed(v, cue.tokEnd(), ce);
                if (among >= 0) {
                    elected = v.firstRight(among, Math.min(ce, among + 2), MEMBER);
                }
                if (elected == null) { // also "the meeting of the States parties to the Convention ... elected five"
                    rememberElection(v, cue, ce);
                }
                Discourse.Election context = v.discourse.lastElection();
                if (electing == null && elected != null && context != null) {
                    // "The General Assembly today elected 14 Member States to serve on the Human Rights Council. ...
                    // the 193-member Assembly elected Brazil, China, ...": the election just reported
                    members.addAll(v.coordinatedRight(elected, MEMBER));
                    int next = members.get(members.size() - 1).tokEnd();
                    next = v.tokenIs(next, ",") ? next + 1 : next;
                    if (v.tokenIs(next, "as") && v.tokenIs(next + 1, "well") && v.tokenIs(next + 2, "as")) {
                        Mention more = v.firstRight(next + 3, next + 5, MEMBER); // "..., as well as A and B"
                        if (more != null) {
                            members.addAll(v.coordinatedRight(more, MEMBER));
                        }
                    }
                    Mention reported = new Mention(MentionKind.ORG, context.body(), cue.tokStart(), cue.tokEnd(),
                            v.token(cue.tokStart()).start(), v.token(cue.tokEnd() - 1).end(), context.bodyText(), null, null, true);
                    String term = termOf(v, cue.tokEnd(), v.tokens.size());
                    for (Mention m : members) {
                        Mention member = v.resolved(m, Set.of());
                        if (member == null || member.id() == null || member.kind() != MentionKind.STATE) {
                            continue;
                        }
                        FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", reported);
                        fact.date(term != null ? term : context.term(), true);
                        out.add(fact);
                    }
                    continue;
                }
                if (electing == null || elected == null) {
                    continue;
                }
                members.addAll(v.coordinatedRight(elected, MEMBER));
                // "the General Assembly elected A, B and C to serve on the Human Rights Council": the Council's members
                Mention last = members.get(members.size() - 1);
                int to = among >= 0 && v.tokenIs(last.tokEnd(), ",") ? last.tokEnd() + 1 : last.tokEnd();
                Mention servedOn = v.firstRight(to, Math.min(ce, to + BODY_WINDOW), // "to the 47-member Geneva-based ..."
                        m -> m.kind() == MentionKind.ORG && v.tokenIs(to, "to"));
                // "elected Kazakhstan a member of the Human Rights Council", "elected China, with 176 votes, a member
                // of ...": the body of the role, not the one that elects
                // (past a comma: "elected Nepal, for the first time, as a member of the Human Rights Council")
                Mention ofRole = servedOn != null ? null : v.firstRight(to, Math.min(v.tokens.size(), to + ROLE_WINDOW),
                        m -> m.kind() == MentionKind.ORG && v.tokenIs(m.tokStart() - 1, "of")
                                && v.firstCue(CueKind.MEMBERSHIP_ROLE, to, m.tokStart()) != null);
                body = servedOn != null ? servedOn : ofRole != null ? ofRole : electing;
            } else {
                // not "(Ghana)" after a member's name: the member's nationality
                Mention last = v.nearestLeft(cue.tokStart(), m -> MEMBER.test(m)
                        && !(v.tokenIs(m.tokStart() - 1, "(") && v.tokenIs(m.tokEnd(), ")")));
                if (last == null) {
                    countedPassive(v, cue);
                    continue;
                }
                if (last.kind() == MentionKind.STATE && v.tokenIs(last.tokStart() - 1, "of")) {
                    // "Ambassador Omar Zniber of Morocco was elected": the person, not the state
                    final int of = last.tokStart() - 1;
                    Mention person = v.nearestLeft(of, m -> m.kind() == MentionKind.PERSON && m.tokEnd() == of);
                    last = person != null ? person : last;
                }
                if (last.kind() == MentionKind.STATE && v.tokenIs(cue.tokStart() - 1, ",")) {
                    // "Ms. Shameem Khan, Permanent Representative of Fiji to the United Nations Office at Geneva, was
                    // elected President": the person the apposition describes, not the state it names
                    int comma = last.tokStart() - 1;
                    while (comma > 0 && !v.tokenIs(comma, ",")) {
                        comma--;
                    }
                    final int before = comma;
                    Mention person = comma <= 0 ? null
                            : v.nearestLeft(before, m -> m.kind() == MentionKind.PERSON && m.tokEnd() == before);
                    last = person != null ? person : last;
                }
                if (last.kind() == MentionKind.PERSON && v.tokenIs(last.tokEnd(), "(")) {
                    // "Ms. A (Argentina) and Mr. B (Ghana) were elected": the people named in the clause
                    members.addAll(v.mentionsIn(v.clauseStart(cue.tokStart()), cue.tokStart(),
                            m -> m.kind() == MentionKind.PERSON));
                } else {
                    members.addAll(v.coordinatedLeft(last, MEMBER));
                }
                // "joined the Human Rights Council", not "joined 26 international human rights instruments"
                int window = v.tokenIs(cue.tokEnd() - 1, "joined") ? 2 : BODY_WINDOW;
                body = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + window), m -> m.kind() == MentionKind.ORG);
                if (body == null && !members.isEmpty()) {
                    // "the UN Human Rights Council, of which China is a member for the 2017-2019 term": the body the
                    // relative clause hangs on
                    int first = members.get(0).tokStart();
                    if (v.tokenIs(first - 1, "which") && (v.tokenIs(first - 2, "of") || v.tokenIs(first - 2, "on"))) {
                        int comma = v.tokenIs(first - 3, ",") ? first - 3 : first - 2;
                        body = v.nearestLeft(comma, m -> m.kind() == MentionKind.ORG && m.tokEnd() == comma);
                    }
                }
                if (body == null || !v.tokenIs(body.tokStart() - 1, "to")) {
                    // "was elected by the (71st session of the) General Assembly ... as a member of the Human Rights
                    // Council": the body of the role, not the electors (also past a longer aside, where the electors
                    // lie beyond the body window)
                    final int after = cue.tokEnd();
                    // (past adjectives: "a member of the newly established UN Human Rights Council")
                    Mention ofRole = v.firstRight(after, Math.min(v.tokens.size(), after + ROLE_WINDOW),
                            m -> m.kind() == MentionKind.ORG && ofBefore(v, m)
                                    && v.firstCue(CueKind.MEMBERSHIP_ROLE, after, m.tokStart()) != null);
                    body = ofRole != null ? ofRole : body;
                }
                if (body != null && sessionOwner(v, body)) {
                    body = null; // "re-elected with 167 votes at the 63rd Session of the UN General Assembly": the venue
                }
                if (body != null && v.tokenIs(body.tokStart() - 1, "by")) {
                    // "was appointed by the Human Rights Council in 2022", "elected by the General Assembly to the
                    // Council": who appoints or elects is not what the member joins
                    final Mention appointer = body;
                    body = v.firstRight(appointer.tokEnd(), ce, m -> m.kind() == MentionKind.ORG
                            && (v.tokenIs(m.tokStart() - 1, "to") || v.tokenIs(m.tokStart() - 1, "of")
                            || v.tokenIs(m.tokStart() - 1, "as"))); // "... as Special Rapporteur on ...": the mandate
                }
            }
            if ((body == null || body.id() == null) && lastBody != null && v.tokenIs(cue.tokStart() - 1, "it")) {
                body = lastBody; // "China was elected a member of the Council, and in 2009 it was re-elected"
                members.clear();
                members.add(lastMember);
            }
            Discourse.Election election = v.discourse.lastElection();
            if (election == null && !members.isEmpty() && members.stream().allMatch(m -> m.kind() == MentionKind.STATE)) {
                // an election story's groups, told after its states were first named: "In the African Group, Algeria,
                // Morocco, South Africa and Sudan were elected unopposed."
                election = v.discourse.electionBody();
            }
            boolean fromElection = false;
            if ((body == null || body.id() == null) && election != null && !"ACTIVE".equals(cue.value(CueKind.MEMBERSHIP))
                    && (members.stream().allMatch(m -> m.kind() == MentionKind.PERSON)
                    || members.stream().allMatch(m -> m.kind() == MentionKind.STATE) && election.term() != null
                    && election.term().contains("/"))) {
                // "... elected five members of the Committee against Torture for ... . Ms. A (Argentina) and Mr. B
                // (Ghana) were elected for the first time, and ... were re-elected": the election just reported
                body = new Mention(MentionKind.ORG, election.body(), cue.tokStart(), cue.tokEnd(), v.token(cue.tokStart()).start(),
                        v.token(cue.tokEnd() - 1).end(), election.bodyText(), null, null, true);
                fromElection = true;
            }
            boolean officer = false;
            if ((body == null || body.id() == null) && !"ACTIVE".equals(cue.value(CueKind.MEMBERSHIP))
                    && !members.isEmpty() && members.stream().allMatch(m -> m.kind() == MentionKind.PERSON)
                    && v.firstCue(CueKind.MEMBERSHIP_ROLE, cue.tokEnd(), Math.min(ce, cue.tokEnd() + 3)) != null) {
                // a committee's session release: "Ahmed Amin Fathalla (Egypt) was elected Chairperson.", "A (Guyana), B
                // (Japan) and C (France) were elected Vice-Chairpersons": the committee's officers
                String committee = v.discourse.committee() != null ? v.discourse.committee() : v.discourse.lastBody("Committee");
                if (committee != null && v.kb.monitoredTreaty(committee) != null) {
                    body = v.inferred(MentionKind.ORG, committee, cue.tokStart(), cue.tokEnd());
                    officer = true;
                }
            }
            // "the Council appointed A of Thailand as the first Independent Expert on ...", "A was appointed Special
            // Rapporteur on the right to education": the mandate, which annotators record as held by its appointee
            // (not a biography's "was appointed by the Human Rights Council in 2022", which annotators pass over)
            Mention mandate = v.token(cue.tokStart()).norm().equals("appointed") && !v.tokenIs(cue.tokStart() - 1, "was")
                    && !v.tokenIs(cue.tokStart() - 1, "been") && !v.tokenIs(cue.tokStart() - 1, "were")
                    ? mandateAppointedTo(v, cue, members, ce) : null;
            if (mandate != null) {
                body = mandate;
            }
            if (body == null || body.id() == null || v.kb.isOffice(body.id()) && mandate == null) {
                continue; // "Special Rapporteur X was elected to chair the Coordination Committee": an office held
            }
            String role = null;
            int roleFrom = cue.tokEnd();
            // an officer's role follows the verb, the committee being only inferred: "was elected Chairperson"
            int roleTo = "ACTIVE".equals(cue.value(CueKind.MEMBERSHIP)) ? Math.min(ce, cue.tokEnd() + 12)
                    : officer ? Math.min(ce, cue.tokEnd() + 3) : body.tokStart();
            CueMatch roleCue = v.firstCue(CueKind.MEMBERSHIP_ROLE, roleFrom, roleTo);
            if (roleCue == null && "ROLE".equals(cue.value(CueKind.MEMBERSHIP))) {
                continue; // "served as host of ...": only "served as <role> of <body>" is a membership
            }
            if (roleCue != null && !"member".equals(roleCue.value(CueKind.MEMBERSHIP_ROLE))) {
                role = roleCue.value(CueKind.MEMBERSHIP_ROLE);
            }
            if (mandate != null) { // "as Special Rapporteur on the right to education": the title, before its mandate
                role = titleOfMandate(mandate);
            }
            DateMention term = null;
            for (DateMention d : v.datesIn(v.clauseStart(cue.tokStart()), ce)) {
                if (d.to() != null && d.iso() != null) {
                    boolean after = v.tokenAt(d.start()) >= cue.tokEnd();
                    term = d;
                    if (after) {
                        break; // "which served on the Council in 2013-2015, announced its candidacy for 2022-2024"
                    }
                }
            }
            if (term == null) {
                // "elected Ambassador A of Austria as its President for 2020": the year of the office, not the day of
                // the vote
                for (DateMention d : v.datesIn(cue.tokEnd(), ce)) {
                    if (d.to() == null && d.iso() != null && d.iso().length() == 4 && v.tokenIs(v.tokenAt(d.start()) - 1, "for")) {
                        term = d;
                    }
                }
            }
            DateMention date = term != null ? term : v.nearestDate(cue.tokStart());
            if (date == null && officer && v.discourse.lastDay() != null) { // elected at the meeting the text dated
                var day = v.discourse.lastDay();
                var release = v.discourse.dateline();
                if (release != null && release.day() != null && day.iso() != null && release.iso() != null
                        && day.iso().compareTo(release.iso()) > 0) {
                    day = release; // not the end of a term told since ("serve ... to 31 December 2021"): no later than the release
                }
                date = new DateMention(v.token(cue.tokStart()).start(), v.token(cue.tokEnd() - 1).end(), day, null, false);
            }
            String closingDay = date == null && term == null ? closingMeetingDay(v, cue) : null;
            String termIso = term == null ? termFromLength(v, cue.tokEnd(), ce) : null;
            if (fromElection && term == null && election.term() != null) {
                termIso = election.term();
            }
            List<String> dates = new ArrayList<>();
            dates.add(termIso != null ? termIso : date == null ? closingDay : date.iso());
            if (termIso == null && term != null) {
                dates.addAll(furtherTerms(v, term, ce)); // "having served on it in 2006-2009 and 2009-2012"
            }
            for (Mention m : members) {
                Mention member = v.resolved(m, Set.of());
                if (member == null || member.id() == null) {
                    continue;
                }
                for (String when : dates) {
                    FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
                    if (role != null) {
                        fact.text("role", role, 0, 0);
                    }
                    fact.date(when, false);
                    out.add(fact);
                }
                lastBody = body;
                lastMember = member;
            }
        }
    }

    /**
     * The special procedures mandate a person is appointed to, after "as" past the appointee ("the Council appointed A
     * of Benin as Special Rapporteur on ..."). Null when the appointment is to no such mandate.
     */
    private static Mention mandateAppointedTo(SentenceView v, CueMatch cue, List<Mention> members, int ce) {
        if (members.isEmpty() || members.stream().anyMatch(m -> m.kind() != MentionKind.PERSON)) {
            return null;
        }
        int k = members.get(members.size() - 1).tokEnd();
        if (v.tokenIs(k, "of") && v.firstRight(k + 1, k + 2, m -> m.kind() == MentionKind.STATE) != null) {
            k += 2; // "Vitit Muntarbhorn of Thailand as ..."
        }
        if (v.tokenIs(k, ",")) {
            k++;
        }
        if (!v.tokenIs(k, "as")) {
            return null;
        }
        Mention m = v.firstRight(k + 1, Math.min(ce, k + 4), any -> true); // (past "the first")
        String id = bodyMeant(m);
        return KnowledgeBase.isMandate(id) && v.kb.isOffice(id) ? asBody(m, id) : null;
    }

    /**
     * "At its final meeting, the Council appointed ...", in the release on a session it closed: the session's last day.
     * Null where the sentence names no closing meeting or no session was reported with its days.
     */
    private static String closingMeetingDay(SentenceView v, CueMatch cue) {
        int at = v.findWord("meeting", 0, cue.tokStart());
        boolean closingMeeting = at >= 1 && (v.tokenIs(at - 1, "final") || v.tokenIs(at - 1, "closing") || v.tokenIs(at - 1, "last"));
        // "Before closing, the Council appointed ...", "At the close of the session, ..."
        boolean atTheClose = v.findWord("closing", 0, cue.tokStart()) >= 0 || v.findWord("close", 0, cue.tokStart()) >= 0
                || v.findWord("concluding", 0, cue.tokStart()) >= 0;
        if (!closingMeeting && !atTheClose) {
            return null;
        }
        io.rapporteur.extractor.discourse.EventRecord session = v.discourse.latestHeldEvent("SESSION", 0);
        String span = session == null ? null : session.fact().date();
        String last = span == null ? null : span.substring(span.indexOf('/') + 1);
        return last != null && last.length() == 10 ? last : null;
    }
}
