package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;

import java.util.List;
import java.util.Set;

/**
 * INVITATION: "<inviter> [twice] invited <invitee>[ and <invitee>] to <purpose>", "<invitee> was invited by <inviter>
 * to ...". One invitation per invitee.
 * "at the invitation of" belongs to a visit (its invitedBy), not here.
 */
public final class InvitationRule implements Rule {

    /** The longest apposition between an invitee and the purpose: ", UN High Commissioner for Human Rights, to visit". */
    private static final int MAX_APPOSITION = 14;

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        for (CueMatch cue : v.cues(CueKind.INVITATION)) {
            int cs = v.clauseStart(cue.tokStart());
            int ce = v.clauseEnd(cue.tokEnd());
            if ("RECEIVED".equals(cue.value(CueKind.INVITATION))) {
                received(v, cue, ce, out);
                continue;
            }
            if ("EXTENDED_BY".equals(cue.value(CueKind.INVITATION))) {
                extendedBy(v, cue, ce, out);
                continue;
            }
            boolean passive = "PASSIVE".equals(cue.value(CueKind.INVITATION)) || v.tokenIs(cue.tokEnd(), "by");
            Mention left = v.nearestLeft(cue.tokStart(), Roles.AGENT);
            int objectFrom = v.tokenIs(cue.tokEnd(), "by") ? cue.tokEnd() + 1 : cue.tokEnd();
            Mention right = v.firstRight(objectFrom, Math.min(ce, objectFrom + 2), Roles.AGENT);
            if (left == null || right == null) {
                continue;
            }
            // "Uzbekistan informed the EU that it had invited ...": "it" is the main clause's subject, not its object
            int it = v.tokenIs(cue.tokStart() - 1, "had") || v.tokenIs(cue.tokStart() - 1, "has")
                    ? cue.tokStart() - 2 : cue.tokStart() - 1;
            if (!passive && v.tokenIs(it, "it") && v.tokenIs(it - 1, "that")) {
                Mention subject = v.firstRight(v.clauseStart(it), it, Roles.STATE_ACTOR);
                left = subject != null ? subject : left;
            }
            Mention inviter = v.resolved(passive ? right : left, Set.of());
            if (inviter == null || inviter.id() == null) {
                continue;
            }
            // "invited the Special Rapporteur on X and the Special Rapporteur on Y to visit": one invitation each
            List<Mention> invited = passive ? List.of(left)
                    : v.coordinatedRight(right, m -> Roles.AGENT.test(m) && m.tokStart() < ce);
            Mention lastInvited = invited.get(invited.size() - 1);
            int after = Math.max(passive ? right.tokEnd() : lastInvited.tokEnd(), cue.tokEnd());
            String purpose = v.infinitive(after, ce);
            for (int k = after + 1; purpose == null && v.tokenIs(after, ",") && k < Math.min(ce, after + MAX_APPOSITION); k++) {
                if (v.tokenIs(k - 1, ",") && v.tokenIs(k, "to")) { // "invited Michelle Bachelet, UN High Commissioner ..., to visit"
                    purpose = v.infinitive(k, ce);
                    after = k;
                }
            }
            DateMention date = v.nearestDate(cue.tokStart());
            CueMatch times = v.firstCue(CueKind.TIMES, cs, ce);
            for (Mention m : invited) {
                Mention invitee = v.resolved(m, Set.of());
                if (invitee == null || invitee.id() == null || inviter.id().equals(invitee.id())) {
                    continue;
                }
                FactDraft fact = new FactDraft(FactType.INVITATION).entity("inviter", inviter).entity("invitee", invitee);
                if (times != null && !times.value(CueKind.TIMES).isEmpty()) {
                    fact.fields.put("times", Integer.parseInt(times.value(CueKind.TIMES)));
                }
                if (purpose != null) {
                    fact.text("purpose", purpose, v.token(after).start(), v.token(after).start() + purpose.length());
                }
                fact.date(date == null ? null : date.iso(), false);
                out.add(fact);
            }
        }
    }

    /**
     * "welcomed the invitations extended by the Government to the Special Rapporteur on ... and to the Working Group
     * on ...": the inviter after "by", one invitation to each body or person after "to".
     */
    private static void extendedBy(SentenceView v, CueMatch cue, int ce, List<FactDraft> out) {
        Mention inviter = v.resolved(v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + 2), Roles.AGENT), Set.of());
        if (inviter == null || inviter.id() == null || !v.tokenIs(inviter.tokEnd(), "to")) {
            return;
        }
        Mention first = v.firstRight(inviter.tokEnd() + 1, Math.min(ce, inviter.tokEnd() + 3), Roles.AGENT);
        if (first == null) {
            return;
        }
        DateMention date = v.nearestDate(cue.tokStart());
        for (Mention m : v.coordinatedRight(first, m -> Roles.AGENT.test(m) && m.tokStart() < ce)) {
            Mention invitee = v.resolved(m, Set.of());
            if (invitee == null || invitee.id() == null || inviter.id().equals(invitee.id())) {
                continue;
            }
            FactDraft fact = new FactDraft(FactType.INVITATION).entity("inviter", inviter).entity("invitee", invitee);
            fact.date(date == null ? null : date.iso(), false);
            out.add(fact);
        }
    }

    /**
     * "The Working Group, which first requested a visit in 2017, received the Government's invitation in June 2021",
     * "accepted an invitation from Chile": the subject is invited, by the state named in or right after the phrase.
     */
    private static void received(SentenceView v, CueMatch cue, int ce, List<FactDraft> out) {
        Mention invitee = v.resolved(v.nearestLeft(cue.tokStart(), m -> Roles.AGENT.test(m) && !v.isObject(m)), Set.of());
        Mention inviter = v.firstRight(cue.tokStart(), Math.min(ce, cue.tokEnd() + 2), Roles.STATE_ACTOR);
        if (inviter == null && v.findWord("government", cue.tokStart(), cue.tokEnd()) >= 0) {
            inviter = v.mainState(cue); // "the Government's invitation": the government of the text's state
        }
        if (invitee == null || invitee.id() == null || inviter == null || inviter.actingState() == null
                || invitee.id().equals(inviter.actingState())) {
            return;
        }
        // its own date after the verb: "..., which first requested a visit in 2017, received ... in June 2021"
        List<DateMention> after = v.datesIn(cue.tokEnd(), ce);
        DateMention date = after.isEmpty() ? v.nearestDate(cue.tokStart()) : after.get(0);
        FactDraft fact = new FactDraft(FactType.INVITATION)
                .entity("inviter", inviter.withId(inviter.actingState(), MentionKind.STATE)).entity("invitee", invitee);
        fact.date(date == null ? null : date.iso(), false);
        out.add(fact);
    }
}
