package io.rapporteur.extractor.rules.membership;

import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;

/**
 * Memberships a sentence names in a phrase rather than reports with a verb and its subject: "as a member of the
 * Council for the 2015-2017 term", "Malaysia's election to the Council", "welcomed the election of A and B as
 * members of ...", "Re-elected in May 2009 to a seat on the Council, China ...", "the Council, to which it was elected
 * in May 2006", and a timeline's entry, its "was" left out. Most are facts only with the term they state.
 */
final class MembershipsInPassing {

    private MembershipsInPassing() {
    }

    /**
     * "As a member of the Human Rights Council for the 2015-2017 term, Indonesia ...", "Uzbekistan's engagement as a
     * member of the UN Human Rights Council for the 2021-2023 term": a membership stated in passing, a fact only with
     * its term.
     */
    static void asMemberForATerm(SentenceView v, List<FactDraft> out) {
        for (int i = 0; i + 3 < v.tokens.size(); i++) {
            int of = v.tokenIs(i, "as") && v.tokenIs(i + 1, "a") ? memberOf(v, i + 2) : -1;
            if (of < 0) {
                continue;
            }
            int ce = v.clauseEnd(i);
            Mention body = v.firstRight(of + 1, Math.min(ce, of + 1 + Bodies.BODY_WINDOW), m -> m.kind() == MentionKind.ORG);
            if (body == null || body.id() == null) {
                continue;
            }
            DateMention term = Terms.firstSpan(v, body.tokEnd(), Math.min(ce, body.tokEnd() + 6));
            if (term == null) {
                continue;
            }
            Mention member = memberAsAMember(v, i, term, ce);
            if (member == null || member.id() == null) {
                continue;
            }
            out.add(MembershipFact.of(member, body).date(term.iso(), false));
            for (String further : Terms.furtherTerms(v, term, ce)) { // "two consecutive terms ..., in 2018-2020 and 2021-2023"
                out.add(MembershipFact.of(member, body).date(further, false));
            }
        }
    }

    /** The most words qualifying "member": "a non-permanent member of", "a full member of". */
    private static final int MEMBER_QUALIFIERS = 3;

    /** The "of" after "member" where "member of" follows a few qualifying words from {@code from}; else -1. */
    private static int memberOf(SentenceView v, int from) {
        for (int k = from; k < Math.min(v.tokens.size() - 1, from + MEMBER_QUALIFIERS + 1); k++) {
            if (v.tokenIs(k, "member") && v.tokenIs(k + 1, "of")) {
                return k + 1;
            }
            if (!(v.token(k).isWord() || v.tokenIs(k, "-")) || v.token(k).isCapitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /** How far before "as a member" the election congratulated may stand: "on its election, on 7 June 2019, as". */
    private static final int ELECTION_ASIDE = 14;
    /** How far before "as a member" a state's possessive may stand: "Mongolia's constructive role as". */
    private static final int POSSESSIVE_REACH = 6;

    /** The state that is "as a member of" a body (at {@code as}) for the {@code term}: the first way found. */
    private static Mention memberAsAMember(SentenceView v, int as, DateMention term, int ce) {
        // (also past words of its own: "recalled Mongolia's constructive role as a member of")
        Mention member = v.nearestLeft(as, m -> m.kind() == MentionKind.STATE && m.tokEnd() >= as - POSSESSIVE_REACH
                && v.possessive(m) && v.mentionsIn(m.tokEnd(), as, x -> true).isEmpty());
        if (member == null && v.tokenIs(as - 1, "played")) {
            // "recalled the role Viet Nam had played as a member of ...": the one who played it
            int subject = v.tokenIs(as - 2, "had") || v.tokenIs(as - 2, "has") ? as - 2 : as - 1;
            member = v.nearestLeft(subject, m -> m.kind() == MentionKind.STATE && m.tokEnd() == subject);
        }
        if (member == null && v.tokenIs(as - 1, "term")) {
            // "Ethiopia also completed a second consecutive term as a member of the Human Rights Council from 2016"
            member = v.nearestLeft(as, m -> m.kind() == MentionKind.STATE && m.tokStart() >= v.clauseStart(as)
                    && v.mentionsIn(m.tokEnd(), as, x -> x.kind() == MentionKind.ORG).isEmpty());
        }
        if (member == null && (as == 0 || v.tokenIs(as - 1, ","))) { // fronted: "As a member of ..., Indonesia"
            int comma = v.findWord(",", term.end() > 0 ? v.tokenAt(term.end() - 1) : as, ce);
            member = comma < 0 ? null : v.firstRight(comma + 1, comma + 3, m -> m.kind() == MentionKind.STATE);
        }
        if (member == null && v.token(0).norm().endsWith("ing")) {
            // "Drawing on the experience it gained as a member of the ... Council for the 2016-2018 term,
            // Kyrgyzstan ...": the subject after the fronted phrase
            int comma = v.findWord(",", v.tokenAt(term.end() - 1), ce);
            member = comma < 0 ? null : v.firstRight(comma + 1, comma + 3, m -> m.kind() == MentionKind.STATE);
        }
        int election = as - 1;
        while (election > Math.max(0, as - ELECTION_ASIDE) && !v.tokenIs(election, "election")) {
            election--;
        }
        if (member == null && v.tokenIs(election, "election") && (v.tokenIs(election - 1, "its")
                || v.tokenIs(election - 1, "their")) && v.tokenIs(election - 2, "on")) {
            // "Switzerland congratulated Viet Nam on its election as a member of ...": the one congratulated (also
            // past an aside: "on its election, on 7 June 2019, as a non-permanent member of", "on its election by
            // the UN General Assembly on 14 October 2021 as a member of")
            final int on = election - 2;
            member = v.nearestLeft(on, m -> m.kind() == MentionKind.STATE && m.tokEnd() == on);
        }
        if (member == null) {
            // "Egypt continued during 2018 to discharge its responsibilities as a member of ...": the clause's
            // subject, a state that opens it
            int cs = v.clauseStart(as);
            member = v.firstRight(cs, Math.min(as, cs + 2), m -> m.kind() == MentionKind.STATE && m.tokStart() <= cs + 1);
        }
        return member;
    }

    /** How far after the body "following its terms in", "having previously served in" may stand. */
    private static final int EARLIER_TERMS_REACH = 6;

    /**
     * The spans of years listed after "following its (previous) terms in" or "having (previously) served in" that
     * follow the body at {@code from}; empty where the sentence gives none.
     */
    private static List<DateMention> earlierTerms(SentenceView v, int from) {
        int terms = -1;
        for (int k = from; k < Math.min(v.tokens.size() - 1, from + EARLIER_TERMS_REACH); k++) {
            if ((v.tokenIs(k, "terms") || v.tokenIs(k, "served")) && v.tokenIs(k + 1, "in")) {
                terms = k + 2;
                break;
            }
        }
        if (terms < 0) {
            return List.of();
        }
        return v.datesIn(terms, v.tokens.size()).stream()
                .filter(d -> d.iso() != null && d.iso().matches("\\d{4}/\\d{4}")).toList();
    }

    /**
     * A membership named as a noun, with its term: "congratulated Viet Nam on its membership of the Human Rights
     * Council for the 2023-2025 term", "Malaysia's election to the Human Rights Council for the term 2022-2024"; or a
     * state "admitted to membership of the United Nations" on the sentence's date. Not a membership sought ("its
     * candidature for membership of the Council").
     */
    static void membershipNamed(SentenceView v, List<FactDraft> out) {
        for (int i = 1; i + 2 < v.tokens.size(); i++) {
            boolean membership = v.tokenIs(i, "membership") && (v.tokenIs(i + 1, "of") || v.tokenIs(i + 1, "in"));
            boolean election = (v.tokenIs(i, "election") || v.tokenIs(i, "re-election")) && v.tokenIs(i + 1, "to");
            // "This will be Thailand's second term on the Council, having previously served in 2010-2013"
            boolean termOn = v.tokenIs(i, "term") && v.tokenIs(i + 1, "on");
            if (!membership && !election && !termOn || v.tokenIs(i - 1, "for")) {
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
            List<DateMention> earlier = earlierTerms(v, body.tokEnd());
            if (!earlier.isEmpty()) {
                // "..., following its terms in 2006-2007, 2007-2010 and 2011-2014", "having previously served in
                // 2010-2013": the memberships before this one
                for (DateMention term : earlier) {
                    out.add(MembershipFact.of(member, body).date(term.iso(), false));
                }
                continue;
            }
            String date = termOn ? null : Terms.termOf(v, body.tokEnd(), Math.min(v.tokens.size(), body.tokEnd() + 8));
            if (date == null && admitted) {
                DateMention d = v.nearestDate(i);
                date = d == null ? null : d.iso();
            }
            if (date == null) {
                continue;
            }
            out.add(MembershipFact.of(member, body).date(date, false));
        }
    }

    /**
     * The "of" before those elected, at {@code k} or past the electors and the day: "the election by the UN General
     * Assembly on 9 October of Benin, ..."; -1 if none.
     */
    private static int ofPastTheElectors(SentenceView v, int k) {
        if (v.tokenIs(k, "of")) {
            return k;
        }
        Mention electors = v.tokenIs(k, "by") ? v.firstRight(k + 1, k + 3, m -> m.kind() == MentionKind.ORG && m.id() != null)
                : null;
        if (electors == null) {
            return -1;
        }
        int at = electors.tokEnd();
        if (v.tokenIs(at, "on") || v.tokenIs(at, "in")) {
            final int dateAt = at + 1;
            DateMention day = v.datesIn(dateAt, v.tokens.size()).stream().filter(d -> v.tokenAt(d.start()) == dateAt)
                    .findFirst().orElse(null);
            at = day == null ? at : v.tokenAt(day.end() - 1) + 1;
        }
        return v.tokenIs(at, "of") ? at : -1;
    }

    /**
     * "welcomed the election of Cote d'Ivoire, Ethiopia, Belgium and Germany as members of the Human Rights Council for
     * the term 2016-2018" (also "of A and B, as well as of C and D, as members of"): an election named as a noun, with
     * its members and body.
     */
    static void electionOf(SentenceView v, List<FactDraft> out) {
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            int of = v.tokenIs(i, "election") || v.tokenIs(i, "re-election") ? ofPastTheElectors(v, i + 1) : -1;
            if (of < 0) {
                continue;
            }
            int ce = v.clauseEnd(i);
            Mention first = v.firstRight(of + 1, Math.min(ce, of + 2), m -> m.kind() == MentionKind.STATE);
            if (first == null) {
                continue;
            }
            List<Mention> members = new ArrayList<>(v.coordinatedRight(first, m -> m.kind() == MentionKind.STATE));
            int as = members.get(members.size() - 1).tokEnd();
            // "the election of Benin and The Gambia, as well as of Finland and Luxembourg, as members of ..."
            int more = v.tokenIs(as, ",") ? as + 1 : as;
            if (v.tokenIs(more, "as") && v.tokenIs(more + 1, "well") && v.tokenIs(more + 2, "as") && v.tokenIs(more + 3, "of")) {
                Mention next = v.firstRight(more + 4, Math.min(ce, more + 5), m -> m.kind() == MentionKind.STATE);
                if (next != null) {
                    members.addAll(v.coordinatedRight(next, m -> m.kind() == MentionKind.STATE));
                    as = members.get(members.size() - 1).tokEnd();
                    as = v.tokenIs(as, ",") ? as + 1 : as;
                }
            }
            if (!v.tokenIs(as, "as")) {
                continue;
            }
            Mention body = v.firstRight(as + 1, Math.min(ce, as + Bodies.BODY_WINDOW), m -> m.kind() == MentionKind.ORG
                    && m.id() != null && v.tokenIs(m.tokStart() - 1, "of"));
            if (body == null || v.kb.isOffice(body.id())) {
                continue;
            }
            DateMention term = Terms.firstSpan(v, body.tokEnd(), Math.min(ce, body.tokEnd() + 6));
            DateMention date = term != null ? term : v.nearestDate(i);
            for (Mention member : members) {
                if (member.id() != null) {
                    out.add(MembershipFact.of(member, body).date(date == null ? null : date.iso(), false));
                }
            }
        }
    }

    /**
     * "Re-elected in May 2009 to a seat on the Council for the 2009-2012 term, China has played ...": a participle
     * opening the sentence, whose subject is the state after its closing comma.
     */
    static void frontedElection(SentenceView v, List<FactDraft> out) {
        if (!(v.tokenIs(0, "elected") || v.tokenIs(0, "re-elected") || v.tokenIs(0, "re") && v.tokenIs(2, "elected"))) {
            return;
        }
        int comma = v.findWord(",", 1, Math.min(v.tokens.size(), 1 + ElectionStory.MAX_FRONTED_PHRASE));
        if (comma < 0) {
            return;
        }
        // (not "Elected by the UN General Assembly on 13 October 2020, ...": who elects is no body joined)
        Mention body = v.firstRight(1, comma, m -> m.kind() == MentionKind.ORG && m.id() != null && !v.tokenIs(m.tokStart() - 1, "by"));
        Mention member = v.firstRight(comma + 1, Math.min(v.tokens.size(), comma + 3), m -> m.kind() == MentionKind.STATE);
        if (body == null || member == null || member.id() == null || v.kb.isOffice(body.id())) {
            return;
        }
        DateMention term = Terms.firstSpan(v, 1, comma);
        DateMention any = v.datesIn(1, comma).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
        out.add(MembershipFact.of(member, body).date(term != null ? term.iso() : any == null ? null : any.iso(), false));
    }

    /**
     * "As a member of the Human Rights Council, to which it was elected in May 2006, China took part in ...": the body
     * before "to which it was elected", the state after the clause, the date inside it.
     */
    static void electedToWhich(SentenceView v, List<FactDraft> out) {
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
            out.add(MembershipFact.of(member, body).date(date == null ? null : date.iso(), false));
        }
    }

    /**
     * A timeline's entry, its "was" left out: "13 October 2020 - Uzbekistan elected for the first time to the UN Human
     * Rights Council for the 2021-2023 term": the state right after the entry's date, the body it was elected to.
     * Whether it read the cue.
     */
    static boolean timelineElided(SentenceView v, CueMatch cue, int ce, List<FactDraft> out) {
        Mention state = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.STATE && m.tokEnd() == cue.tokStart());
        // (also past its electors: "12 November 2012 - Elected by the General Assembly to the Human Rights Council")
        boolean toFollows = v.tokenIs(cue.tokEnd(), "to") || v.tokenIs(cue.tokEnd(), "by")
                && v.findWord("to", cue.tokEnd(), Math.min(ce, cue.tokEnd() + Bodies.BODY_WINDOW)) > 0;
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
        Mention body = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + Bodies.BODY_WINDOW),
                m -> m.kind() == MentionKind.ORG && m.id() != null && (v.tokenIs(m.tokStart() - 1, "to")
                        || v.tokenIs(m.tokStart() - 1, "of")));
        if (body == null || v.kb.isOffice(body.id())) {
            return false;
        }
        DateMention term = Terms.firstSpan(v, body.tokEnd(), ce);
        DateMention date = term != null ? term : v.nearestDate(cue.tokStart());
        out.add(MembershipFact.of(state, body).date(date == null ? null : date.iso(), false));
        return true;
    }
}
