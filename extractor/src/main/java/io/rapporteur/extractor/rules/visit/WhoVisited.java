package io.rapporteur.extractor.rules.visit;

import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.rapporteur.extractor.rules.visit.VisitFacts.VISITOR;

/** Who made the visit a verb reports: the subject before it, past asides, passives' agents and fronted invitations. */
final class WhoVisited {

    private WhoVisited() {
    }

    /**
     * Where the visitor may start: past an invitation fronted before it ("At the invitation of China, X visited"),
     * and past an earlier visit's clause ("A visited Sweden ..., and another delegation of the Society visited").
     */
    static int subjectFloor(SentenceView v, CueMatch cue, int cs) {
        CueMatch inviteBefore = v.lastCue(CueKind.INVITED_BY, cs, cue.tokStart());
        // "At the invitation of China, X visited": the inviter right after "of"; "At the invitation of the
        // Government, X visited" names it in the cue, and the name after its comma is the visitor's
        Mention inviter = inviteBefore == null || !"OF".equals(inviteBefore.value(CueKind.INVITED_BY)) ? null
                : v.firstRight(inviteBefore.tokEnd(), inviteBefore.tokEnd() + 2,
                        m -> Roles.AGENT.test(m) && !v.tokenIs(m.tokStart() - 1, ","));
        int invitationEnd = inviter != null ? inviter.tokEnd() : inviteBefore != null ? inviteBefore.tokEnd() : cs;
        if (inviter != null && v.tokenIs(invitationEnd, ",")) {
            // "at the invitation of the Public Defender of Georgia, Ucha Nanuashvili, the Commissioner paid ...":
            // the inviter's name in apposition is still the invitation
            final int comma = invitationEnd;
            Mention named = v.firstRight(comma + 1, comma + 2, m -> m.kind() == MentionKind.PERSON);
            // (but "At the invitation of China, Mary Robinson, the High Commissioner, visited": the visitor, whose
            // office closes with a comma of its own before the verb)
            boolean officeInviter = inviter.kind() != MentionKind.STATE && inviter.kind() != MentionKind.PERSON;
            if (named != null && officeInviter && v.tokenIs(named.tokEnd(), ",") && v.tokenIs(named.tokEnd() + 1, "the")
                    && v.findWord(",", named.tokEnd() + 1, cue.tokStart()) < 0) {
                invitationEnd = named.tokEnd();
            }
        }
        // "A visited Sweden, Norway and Denmark in 1994, and another delegation of the Society visited ...": the
        // second visit's visitor is after the ", and", not the first's destinations
        int secondClause = invitationEnd;
        CueMatch earlierVisit = v.lastCue(CueKind.VISIT, invitationEnd, cue.tokStart());
        if (earlierVisit != null) {
            for (int k = cue.tokStart() - 1; k > earlierVisit.tokEnd(); k--) {
                if (v.tokenIs(k, "and") && v.tokenIs(k - 1, ",")) {
                    secondClause = Math.max(invitationEnd, k + 1);
                    break;
                }
            }
        }
        return secondClause;
    }

    /**
     * The visitor nearest before the verb: the body a person led ({@link #headOfLedBody}), the person an office or
     * mandate stands in apposition to ({@link #appositiveHolder}). Null when there is none.
     */
    static Mention nearestVisitor(SentenceView v, CueMatch cue, int floor) {
        // (not the agent of a passive before it: "he was received by the Mayor of Osh, X, and later visited ...")
        Mention visitor = v.nearestLeft(cue.tokStart(), m -> Roles.AGENT.test(m) && m.kind() != MentionKind.CITY
                && m.tokStart() >= floor && !inByPhrase(v, m, floor) && !objectOfAnEarlierPredicate(v, m, cue)
                && !inCompositionAside(v, m, floor));
        if (visitor != null) {
            visitor = headOfLedBody(v, visitor, floor);
        }
        Mention holder = visitor == null ? null : appositiveHolder(v, visitor, cue.tokStart());
        if (holder != null && holder.tokStart() >= floor && v.findWord("headed", floor, holder.tokStart()) < 0
                && v.findWord("led", floor, holder.tokStart()) < 0) {
            visitor = holder; // not "Somalia" in "A, the Independent Expert on ... in Somalia, travelled to"
        }
        return visitor;
    }

    /**
     * "Grace Mugisha, the Independent Expert on the situation of human rights in Somalia, travelled to ...": where
     * {@code m} lies in an appositive set off by commas after a person, before {@code limit}, that person; else null.
     */
    static Mention appositiveHolder(SentenceView v, Mention m, int limit) {
        if (m.kind() == MentionKind.PERSON) {
            return null;
        }
        int open = -1;
        for (int k = m.tokStart() - 1; k >= 0; k--) {
            if (v.tokenIs(k, ",")) {
                open = k;
                break;
            }
        }
        if (open < 1 || v.findWord(",", m.tokEnd(), limit) < 0) {
            return null;
        }
        final int comma = open;
        return v.mentions.stream().filter(p -> p.kind() == MentionKind.PERSON && p.tokEnd() == comma).findFirst().orElse(null);
    }

    /**
     * The body whose delegation the person before the verb led, where the verb says a delegation; else the visitor
     * itself.
     */
    static Mention bodyOfItsDelegation(SentenceView v, CueMatch cue, Mention visitor) {
        if (visitor != null && visitor.kind() == MentionKind.PERSON && v.findWord("delegation", cue.tokStart(), cue.tokEnd()) >= 0) {
            // "CSHRS President Qiangba Puncog led a delegation to Egypt": the body's delegation, headed by its chair
            final Mention head = visitor;
            Mention ownBody = v.nearestLeft(head.tokStart(), m -> (m.kind() == MentionKind.ORG
                    || m.kind() == MentionKind.NATIONAL_BODY) && m.id() != null && m.tokEnd() >= head.tokStart() - 2
                    && m.tokEnd() <= head.tokStart());
            if (ownBody != null) {
                v.discourse.delegationLedBy(head.id(), ownBody.id());
                visitor = ownBody;
            }
        }
        return visitor;
    }

    /**
     * "a delegation of the Working Group ... headed by its Chairperson-Rapporteur Leila Zerrougui visited China", "The
     * Working Group, represented by its Chair-Rapporteur ..., visited Nepal": the body visited, the one who led it is
     * named in passing. Returns the body before "headed by", or {@code nearest} when no body or state comes first.
     */
    private static Mention headOfLedBody(SentenceView v, Mention nearest, int floor) {
        for (int k = nearest.tokStart() - 1; k > Math.max(floor, nearest.tokStart() - MAX_TITLE_TOKENS); k--) {
            if (v.tokenIs(k, "by") && LED_BY.contains(v.token(k - 1) == null ? "" : v.token(k - 1).norm())) {
                final int led = k - 1;
                Mention body = v.nearestLeft(led, m -> (m.kind() == MentionKind.ORG || m.kind() == MentionKind.STATE
                        || m.kind() == MentionKind.NATIONAL_BODY) && m.id() != null && m.tokStart() >= floor
                        && m.tokEnd() >= led - 2);
                if (body != null && nearest.kind() == MentionKind.PERSON && nearest.id() != null) {
                    v.discourse.delegationLedBy(nearest.id(), body.id()); // "In Berlin, Lu held talks with ...": its visit
                }
                return body != null ? body : nearest;
            }
            if (v.tokenIs(k, ".") || v.tokenIs(k, ";")) {
                break;
            }
        }
        return nearest;
    }

    /**
     * "Wrapping up a week-long visit to Sri Lanka, the United Nations human rights chief, Navi Pillay, today said":
     * the visitor of a participle clause is the subject after its comma.
     */
    static Mention subjectAfterParticiple(SentenceView v, Mention place, int ce) {
        int comma = v.findWord(",", place.tokEnd(), Math.min(ce, place.tokEnd() + 3));
        if (comma < 0) {
            return null;
        }
        // the holder's office title may come first: "the United Nations human rights chief, Navi Pillay,"
        Mention subject = v.firstRight(comma + 1, Math.min(ce, comma + MAX_SUBJECT_TOKENS), VISITOR);
        if (subject != null && subject.kind() == MentionKind.ORG && v.tokenIs(subject.tokEnd(), ",")) {
            // "the UN human rights chief, Navi Pillay,": the holder named in apposition
            Mention holder = v.firstRight(subject.tokEnd() + 1, subject.tokEnd() + 2, m -> m.kind() == MentionKind.PERSON);
            return holder != null ? holder : subject;
        }
        return subject;
    }

    /**
     * "Louise Arbour and the Special Rapporteur on the right to education": the visitors coordinated before the one
     * nearest the verb, first first; empty when there is only that one.
     */
    static List<Mention> coordinatedVisitors(SentenceView v, Mention last, int floor) {
        List<Mention> out = new ArrayList<>();
        Mention current = last;
        boolean sawAnd = false;
        while (true) {
            final Mention right = current;
            Mention previous = v.nearestLeft(right.tokStart(), m -> VISITOR.test(m) && m.tokStart() >= floor
                    && m.tokEnd() <= right.tokStart());
            String joint = previous == null ? "" : v.between(previous, right);
            // a comma lists only before an "and": "the Special Rapporteur ..., Ms. Sepúlveda," is one visitor
            boolean listed = joint.equals("and") || joint.equals(", and") || joint.equals(",") && sawAnd;
            if (previous == null || !listed) {
                break;
            }
            sawAnd |= joint.contains("and");
            out.add(0, previous);
            current = previous;
        }
        return out;
    }

    /**
     * "the Government of Uzbekistan invited the Special Rapporteur on ..., who visited the country ...": the visitor
     * was invited right before the visit, by the state that invited them. Null otherwise.
     */
    static Mention inviterOf(SentenceView v, Mention visitor, CueMatch visit) {
        for (CueMatch c : v.cues(CueKind.INVITATION)) {
            boolean invitedHere = c.tokEnd() <= visitor.tokStart() && visitor.tokStart() - c.tokEnd() <= 1
                    && visitor.tokEnd() < visit.tokStart() && !"PASSIVE".equals(c.value(CueKind.INVITATION));
            if (invitedHere) {
                return v.nearestLeft(c.tokStart(), Roles.STATE_ACTOR);
            }
        }
        return null;
    }

    /** The most tokens an aside naming a delegation's members may run before a member. */
    private static final int MAX_COMPOSITION = 30;

    /**
     * "The two-member delegation, composed of Vice-Chair A and member B, was in Kazakhstan": the members of the
     * delegation named in an aside, not its visitor.
     */
    private static boolean inCompositionAside(SentenceView v, Mention m, int floor) {
        for (int k = m.tokStart() - 1; k >= Math.max(floor, m.tokStart() - MAX_COMPOSITION); k--) {
            if (v.tokenIs(k, "comprising") || v.tokenIs(k, "of") && (v.tokenIs(k - 1, "composed")
                    || v.tokenIs(k - 1, "consisting"))) {
                return v.tokenIs(k - 1, ",") || v.tokenIs(k - 2, ",");
            }
            if (v.tokenIs(k, ".") || v.tokenIs(k, ";")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a mention stands in a passive's "by ..." phrase (an apposition included) after {@code floor}. */
    private static boolean inByPhrase(SentenceView v, Mention m, int floor) {
        for (int k = m.tokStart() - 1; k >= floor; k--) {
            if (v.tokenIs(k, "by")) { // "received by", "received there by"
                for (int p = k - 1; p >= Math.max(0, k - 2); p--) {
                    if (v.tokenIs(p, "received") || v.tokenIs(p, "welcomed") || v.tokenIs(p, "hosted")
                            || v.tokenIs(p, "accompanied") || v.tokenIs(p, "greeted") || v.tokenIs(p, "met")) {
                        return true;
                    }
                }
                return false;
            }
            if (v.tokenIs(k, "and") || v.tokenIs(k, ";") || v.tokenIs(k, "who") || v.tokenIs(k, "which")) {
                return false;
            }
        }
        return false;
    }

    /** How far after a participle clause its subject may start: "the United Nations human rights chief, Navi Pillay". */
    private static final int MAX_SUBJECT_TOKENS = 12;

    /**
     * Whether a mention is the object of a predicate coordinated before the visit's: "He will present his report to
     * the Human Rights Council ..., and intends to return to Mali", "Dyfan ... met Prime Minister X ... and also
     * visited": the visitor is the subject of both.
     */
    private static boolean objectOfAnEarlierPredicate(SentenceView v, Mention m, CueMatch cue) {
        return v.isObject(m) && v.findWord("and", m.tokEnd(), cue.tokStart()) >= 0;
    }

    /** The longest office title between "by" and its holder's name. */
    static final int MAX_TITLE_TOKENS = 24;

    private static final Set<String> LED_BY = Set.of("headed", "led", "represented", "accompanied", "chaired");

}
