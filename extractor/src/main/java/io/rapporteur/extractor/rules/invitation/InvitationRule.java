package io.rapporteur.extractor.rules.invitation;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.mention.Person;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.Rule;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * INVITATION: "<inviter> [twice] invited <invitee>[ and <invitee>] to <purpose>", "<invitee> was invited by <inviter>
 * to ...". One invitation per invitee.
 * "at the invitation of" belongs to a visit (its invitedBy), not here.
 */
public final class InvitationRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        int before = out.size();
        applyCues(v, out);
        if (out.size() == before) {
            restatedForTheVisit(v, out);
        }
    }

    /** The longest apposition between an invitee and the purpose: ", UN High Commissioner for Human Rights, to visit". */
    private static final int MAX_APPOSITION = 14;

    /** Lower-case words an office's title may hold: "High Commissioner for Human Rights", "Special Rapporteur on the ...". */
    private static final Set<String> TITLE_JOINTS = Set.of("the", "of", "for", "on", "and", "to", "in");

    /**
     * A person named after their office and a comma, where the office is all that stands between {@code from} and the
     * comma: "the UN High Commissioner for Human Rights, Michelle Bachelet". Null otherwise.
     */
    private static Mention holderAfterTitle(SentenceView v, int from, int ce) {
        boolean mandate = false; // past "on" or "for", a mandate's words are lower case: "on the right to education"
        for (int k = from; k < Math.min(ce, from + MAX_APPOSITION); k++) {
            mandate |= v.tokenIs(k, "on") || v.tokenIs(k, "for");
            if (v.tokenIs(k, ",")) {
                final int comma = k;
                Mention person = v.firstRight(k + 1, k + 2, m -> m.kind() == MentionKind.PERSON && m.id() != null);
                return person != null && comma > from + 1 ? person : null;
            }
            Token t = v.token(k);
            if (!t.isWord() || !t.isCapitalised() && !mandate && !TITLE_JOINTS.contains(t.norm())) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> EXTENDING = Set.of("extended", "issued", "sent", "addressed", "conveyed");

    /**
     * The passive without its agent: "In August 2023 an invitation was extended to the Working Group on Arbitrary
     * Detention", a timeline's "Nov. 2013: Invitation extended to the Special Rapporteur on ... and to the Working Group
     * on ...": the state the text is about invited each.
     */
    private static void extendedTo(SentenceView v, List<FactDraft> out) {
        for (int i = 0; i + 2 < v.tokens.size(); i++) {
            if (!(v.tokenIs(i, "invitation") || v.tokenIs(i, "invitations"))) {
                continue;
            }
            int verb = i + 1;
            while (verb < v.tokens.size() && (v.tokenIs(verb, "was") || v.tokenIs(verb, "were") || v.tokenIs(verb, "has")
                    || v.tokenIs(verb, "have") || v.tokenIs(verb, "had") || v.tokenIs(verb, "been") || v.tokenIs(verb, "also"))) {
                verb++;
            }
            if (verb >= v.tokens.size() || !EXTENDING.contains(v.token(verb).norm()) || !v.tokenIs(verb + 1, "to")
                    || v.findWord("by", verb, v.clauseEnd(verb)) >= 0) {
                continue;
            }
            Mention first = v.firstRight(verb + 2, Math.min(v.tokens.size(), verb + 4), Roles.AGENT);
            Mention inviter = v.impliedState(v.discourse.mainState(), i, i + 1);
            if (first == null || inviter == null || inviter.id() == null) {
                continue;
            }
            int ce = v.clauseEnd(verb);
            List<Mention> invited = new ArrayList<>(v.coordinatedRight(first, m -> Roles.AGENT.test(m) && m.tokStart() < ce));
            Mention last = invited.get(invited.size() - 1);
            if (v.tokenIs(last.tokEnd(), "and") && v.tokenIs(last.tokEnd() + 1, "to")) { // "... and to the Working Group"
                Mention next = v.firstRight(last.tokEnd() + 2, Math.min(ce, last.tokEnd() + 4), Roles.AGENT);
                if (next != null) {
                    invited.addAll(v.coordinatedRight(next, m -> Roles.AGENT.test(m) && m.tokStart() < ce));
                }
            }
            DateMention date = v.nearestDate(i);
            addDated(out, invitations(v, inviter, invited), date);
            return;
        }
    }

    /** Who an invitation restated after its visit went to, written as the one thanking: "to me", "to my mandate". */
    private static final Set<String> TO_THE_VISITOR = Set.of("me", "my", "him", "her", "mandate");

    /**
     * A release on a visit restating the invitation without naming whom it went to: "The Government extended the
     * invitation in September 2012", "at the invitation of the Government, which extended the invitation in 2014",
     * "The invitation had been extended by the Ministry of Foreign Affairs in a letter dated 12 April 2021", "thanked the
     * authorities for the invitation, which was extended in March 2022": the visitor of the visit the text reported
     * to the inviting state was invited, when the sentence dates the extension.
     */
    private static void restatedForTheVisit(SentenceView v, List<FactDraft> out) {
        for (int k = 0; k < v.tokens.size(); k++) {
            if (!v.tokenIs(k, "extended")) {
                continue;
            }
            int noun = v.findWord("invitation", Math.max(0, k - 4), Math.min(v.tokens.size(), k + 1));
            if (noun < 0) {
                noun = v.findWord("invitation", k, Math.min(v.tokens.size(), k + 4));
            }
            int ce = v.clauseEnd(k);
            if (noun < 0 || v.tokenIs(noun - 1, "standing") || inviteeNamed(v, k, ce)) {
                continue; // "extended on 29 February 2016 to the Special Rapporteur on ...": read by the cues
            }
            DateMention date = v.datesIn(k + 1, ce).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
            Mention inviter = restatedInviter(v, k, ce);
            EventRecord visit = v.discourse.lastEvent("VISIT");
            if (date == null || inviter == null || visit == null) {
                return;
            }
            EntityRef visitor = visit.fact().entity("visitor");
            EntityRef destination = visit.fact().entity("destination");
            if (visitor == null || visitor.id() == null || destination == null
                    || !inviter.actingState().equals(destination.id())) {
                return;
            }
            String invited = mandateOf(v, visitor.id());
            MentionKind kind = invited.startsWith("person:") ? MentionKind.PERSON : MentionKind.ORG;
            Mention invitee = new Mention(kind, invited, k, k + 1, v.token(k).start(), v.token(k).end(),
                    visitor.text(), null, null, true);
            FactDraft fact = new FactDraft(FactType.INVITATION)
                    .entity("inviter", inviter.withId(inviter.actingState(), MentionKind.STATE)).entity("invitee", invitee);
            fact.date(date.iso(), false);
            out.add(fact);
            return;
        }
    }

    /** "extended ... to the Working Group on ...": someone other than the visitor ("to me", "to my mandate") named after "to". */
    private static boolean inviteeNamed(SentenceView v, int extended, int ce) {
        for (int k = extended + 1; k < ce; k++) {
            if (v.tokenIs(k, "to") && !TO_THE_VISITOR.contains(v.token(k + 1) == null ? "" : v.token(k + 1).norm())
                    && !(v.tokenIs(k + 1, "the") && v.tokenIs(k + 2, "mandate"))
                    && v.firstRight(k + 1, Math.min(ce, k + 3), Roles.AGENT) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mandate holder's invitation goes to the mandate ("the invitation it extended to my mandate"): the holder's office
     * where the text named it, else the visitor as reported.
     */
    private static String mandateOf(SentenceView v, String visitorId) {
        for (Person p : v.discourse.people().recentFirst()) {
            if (p.id().equals(visitorId) && p.affiliation() != null && p.affiliation().startsWith("org:")) {
                return p.affiliation();
            }
        }
        return visitorId;
    }

    /** The state that extended it: named after "by", the subject before "extended", else the text's state. */
    private static Mention restatedInviter(SentenceView v, int extended, int ce) {
        Mention named = v.tokenIs(extended + 1, "by")
                ? v.firstRight(extended + 2, Math.min(ce, extended + 4), Roles.STATE_ACTOR) : null;
        if (named == null && !v.tokenIs(extended + 1, "by")) {
            named = v.nearestLeft(extended, Roles.STATE_ACTOR);
        }
        Mention inviter = named == null ? null : v.resolved(named, Set.of());
        if (inviter == null || inviter.actingState() == null) {
            inviter = v.impliedState(v.discourse.mainState(), extended, extended + 1);
        }
        return inviter == null || inviter.actingState() == null ? null : inviter;
    }

    private void applyCues(SentenceView v, List<FactDraft> out) {
        extendedTo(v, out);
        for (CueMatch cue : v.cues(CueKind.INVITATION)) {
            int cs = v.clauseStart(cue.tokStart());
            int ce = v.clauseEnd(cue.tokEnd());
            if ("RECEIVED".equals(cue.value(CueKind.INVITATION))) {
                received(v, cue, ce, out);
                continue;
            }
            if ("PASSIVE_UNNAMED".equals(cue.value(CueKind.INVITATION))) {
                invitedWithoutAgent(v, cue, ce, out);
                continue;
            }
            if ("EXTENDED_BY".equals(cue.value(CueKind.INVITATION))) {
                extendedBy(v, cue, ce, out);
                continue;
            }
            boolean passive = "PASSIVE".equals(cue.value(CueKind.INVITATION)) || v.tokenIs(cue.tokEnd(), "by");
            Mention left = v.nearestLeft(cue.tokStart(), Roles.AGENT);
            // (past "the new" before an office: "invited the new UN High Commissioner for Human Rights, Louise Arbour")
            int objectFrom = v.pastTitleAdjectives(v.tokenIs(cue.tokEnd(), "by") ? cue.tokEnd() + 1 : cue.tokEnd());
            Mention right = v.firstRight(objectFrom, Math.min(ce, objectFrom + 2), Roles.AGENT);
            if (right == null) {
                right = holderAfterTitle(v, objectFrom, ce); // "to the UN High Commissioner for Human Rights, Michelle Bachelet"
            }
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
            if (v.tokenIs(cue.tokStart(), "invites") && v.kb.monitoredTreaty(inviter.id()) != null) {
                continue; // "The Committee invites the State party to ...": a concluding observation's request
            }
            // "invited the Special Rapporteur on X and the Special Rapporteur on Y to visit": one invitation each
            List<Mention> invited = passive ? List.of(left)
                    : v.coordinatedRight(right, m -> Roles.AGENT.test(m) && m.tokStart() < ce);
            Mention lastInvited = invited.get(invited.size() - 1);
            int after = Math.max(passive ? right.tokEnd() : lastInvited.tokEnd(), cue.tokEnd());
            String purpose = v.infinitive(after, ce);
            if (v.tokenIs(after, "to") && (v.tokenIs(after + 1, "consider") || v.tokenIs(after + 1, "ratify")
                    || v.tokenIs(after + 1, "accede") || v.tokenIs(after + 1, "submit")
                    || v.tokenIs(after + 1, "ensure") || v.tokenIs(after + 1, "provide"))) {
                continue; // "invited the Vietnamese authorities to consider ratifying ...": a request, not a guest's invitation
            }
            for (int k = after + 1; purpose == null && v.tokenIs(after, ",") && k < Math.min(ce, after + MAX_APPOSITION); k++) {
                if (v.tokenIs(k - 1, ",") && v.tokenIs(k, "to")) { // "invited Michelle Bachelet, UN High Commissioner ..., to visit"
                    purpose = v.infinitive(k, ce);
                    after = k;
                }
            }
            DateMention date = whenNotTheVisit(v, v.nearestDate(cue.tokStart()), cue.tokEnd());
            if (date != null && purpose != null && v.tokenAt(date.start()) > after) {
                date = null; // "invited ... to visit the country in the first half of 2023": when the visit is to be
            }
            String iso = date == null ? null : date.iso();
            if (iso == null) { // "On the last day of the visit, the Government extended an invitation to ..."
                EventRecord event = v.events().referredTo(0, cue.tokStart()); // also a fronted "During the visit,"
                iso = event == null ? null : v.events().dateWithin(event, 0, cue.tokStart());
            }
            CueMatch times = v.firstCue(CueKind.TIMES, cs, ce);
            for (FactDraft fact : invitations(v, inviter, invited)) {
                if (times != null && !times.value(CueKind.TIMES).isEmpty()) {
                    fact.fields.put("times", Integer.parseInt(times.value(CueKind.TIMES)));
                }
                if (purpose != null) {
                    fact.text("purpose", purpose, v.token(after).start(), v.token(after).start() + purpose.length());
                }
                fact.date(iso, date == null && iso != null);
                out.add(fact);
            }
            boolean toVisit = purpose != null && purpose.matches("(?i)(to )?(visit|undertake|conduct|carry out|pay)\\b.*");
            if (invited.size() == 1 && (toVisit || v.findWord("visit", after, v.tokens.size()) >= 0)) {
                plannedVisit(v, inviter, v.resolved(invited.get(0), Set.of()), after, out);
            }
        }
    }

    /** Words that say a visit is set for a time: "would take place in", "is scheduled for", "tentatively agreed for". */
    private static final Set<String> SET_FOR = Set.of("place", "scheduled", "agreed", "planned", "expected", "envisaged",
            "foreseen", "set");

    /**
     * "invited the Special Rapporteur on ... to visit the country in 2020", "extended an invitation to ... to visit
     * Viet Nam, and the two sides agreed that the visit would take place in the second half of 2019": the visit the
     * invitation is for, planned, when the sentence says when. The visitor is the one invited; the destination the
     * state named after "visit", else the inviting state.
     */
    private static void plannedVisit(SentenceView v, Mention inviter, Mention visitor, int purposeAt, List<FactDraft> out) {
        if (visitor == null || visitor.id() == null || inviter.actingState() == null) {
            return;
        }
        int visit = v.findWord("visit", purposeAt, Math.min(v.tokens.size(), purposeAt + 3));
        int purposeEnd = visit < 0 ? purposeAt : v.clauseEnd(visit);
        int comma = visit < 0 ? -1 : v.findWord(",", visit, purposeEnd);
        if (comma > 0) {
            purposeEnd = comma; // not "to visit China, and the Working Group ... visited China in October 1997"
        }
        DateMention when = visit < 0 ? null
                : v.datesIn(visit + 1, purposeEnd).stream().filter(d -> d.iso() != null).findFirst().orElse(null);
        if (when == null) { // "..., and the visit would take place in ...": a later clause about the visit
            int again = v.findWord("visit", purposeEnd, v.tokens.size());
            int setFor = -1;
            for (int k = again + 1; again > 0 && k < v.tokens.size() && setFor < 0; k++) {
                setFor = SET_FOR.contains(v.token(k).norm()) ? k : -1;
            }
            when = setFor < 0 ? null : v.datesIn(setFor, v.clauseEnd(setFor)).stream().filter(d -> d.iso() != null)
                    .findFirst().orElse(null);
        }
        if (when == null || v.findWord("visited", purposeEnd, v.tokens.size()) >= 0) {
            return; // "...; Navi Pillay visited Sri Lanka from 25 to 31 August 2013": the visit held, reported as such
        }
        Mention named = visit < 0 ? null
                : v.firstRight(visit + 1, Math.min(purposeEnd, visit + 3), m -> m.kind() == MentionKind.STATE);
        String destination = named != null ? named.id() : inviter.actingState();
        if (destination.equals(visitor.id())) {
            return;
        }
        Mention place = named != null ? named : inviter.withId(destination, MentionKind.STATE);
        FactDraft fact = new FactDraft(FactType.VISIT).entity("visitor", visitor).entity("destination", place)
                .entity("invitedBy", inviter.withId(inviter.actingState(), MentionKind.STATE));
        fact.date(when.iso(), false).status("PLANNED", "PLANNED");
        out.add(fact);
    }

    /**
     * "welcomed the invitations extended by the Government to the Special Rapporteur on ... and to the Working Group
     * on ...": the inviter after "by", one invitation to each body or person after "to".
     */
    private static void extendedBy(SentenceView v, CueMatch cue, int ce, List<FactDraft> out) {
        Mention inviter = v.resolved(v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + 2), Roles.AGENT), Set.of());
        if (inviter == null || inviter.id() == null) {
            return;
        }
        final int after = inviter.tokEnd();
        int to = after;
        DateMention between = v.datesIn(after, Math.min(ce, after + 5)).stream()
                .filter(d -> v.tokenAt(d.start()) <= after + 1).findFirst().orElse(null);
        if (between != null && !v.tokenIs(to, "to")) { // "extended by the State party in January 2017 to the ..."
            to = v.tokenAt(between.end() - 1) + 1;
        }
        if (!v.tokenIs(to, "to")) {
            return;
        }
        Mention first = v.firstRight(to + 1, Math.min(ce, to + 3), Roles.AGENT);
        if (first == null) {
            return;
        }
        DateMention date = whenNotTheVisit(v, v.nearestDate(cue.tokStart()), cue.tokEnd());
        List<Mention> invited = v.coordinatedRight(first, m -> Roles.AGENT.test(m) && m.tokStart() < ce);
        addDated(out, invitations(v, inviter, invited), date);
    }

    private static final Set<String> VISIT_WORDS = Set.of("visit", "visits", "visited", "mission");

    /**
     * The date unless it follows the invitation and a word of the visit it is for: "welcomed the invitation extended by
     * Viet Nam to the Special Rapporteur on ..., who is expected to visit the country in 2024", "that it had invited the
     * Special Rapporteur ... and that preparations for the visit, planned for 2020, were under way": when the visit is
     * to be, not when the invitation was extended.
     */
    private static DateMention whenNotTheVisit(SentenceView v, DateMention date, int from) {
        if (date == null || v.tokenAt(date.start()) < from) {
            return date;
        }
        for (int k = from; k < v.tokenAt(date.start()); k++) {
            if (VISIT_WORDS.contains(v.token(k).norm())) {
                return null;
            }
        }
        return date;
    }

    /**
     * "The High Commissioner for Human Rights has been invited to visit China", "Ms. A and Mr. B were invited to visit the
     * country in October 2015": the state to be visited invited each one named before.
     */
    private static void invitedWithoutAgent(SentenceView v, CueMatch cue, int ce, List<FactDraft> out) {
        Mention subject = v.nearestLeft(cue.tokStart(), Roles.AGENT);
        int visit = v.findWord("visit", cue.tokStart(), Math.min(ce, cue.tokEnd() + 1));
        Mention named = visit < 0 ? null
                : v.firstRight(visit + 1, Math.min(ce, visit + 3), m -> m.kind() == MentionKind.STATE);
        Mention inviter = named != null ? named
                : visit >= 0 && v.tokenIs(visit + 1, "the") && v.tokenIs(visit + 2, "country")
                        ? v.impliedState(v.discourse.mainState(), visit + 1, visit + 3) : null;
        if (subject == null || inviter == null || inviter.id() == null || subject.kind() == MentionKind.STATE) {
            return;
        }
        DateMention date = whenNotTheVisit(v, v.nearestDate(cue.tokStart()), cue.tokEnd());
        addDated(out, invitations(v, inviter, v.coordinatedLeft(subject, Roles.AGENT)), date);
    }

    /** The invitations, each dated by {@code date} (or undated), added to {@code out}. */
    private static void addDated(List<FactDraft> out, List<FactDraft> invitations, DateMention date) {
        for (FactDraft fact : invitations) {
            fact.date(date == null ? null : date.iso(), false);
            out.add(fact);
        }
    }

    /** One invitation by {@code inviter} to each of the invited that resolves to someone other than the inviter. */
    private static List<FactDraft> invitations(SentenceView v, Mention inviter, List<Mention> invited) {
        List<FactDraft> facts = new ArrayList<>();
        for (Mention m : invited) {
            Mention invitee = v.resolved(m, Set.of());
            if (invitee != null && invitee.id() != null && !invitee.id().equals(inviter.id())) {
                facts.add(new FactDraft(FactType.INVITATION).entity("inviter", inviter).entity("invitee", invitee));
            }
        }
        return facts;
    }

    /**
     * "The Working Group, which first requested a visit in 2017, received the Government's invitation in June 2021",
     * "accepted an invitation from Chile": the subject is invited, by the state named in or right after the phrase.
     */
    private static void received(SentenceView v, CueMatch cue, int ce, List<FactDraft> out) {
        Mention invitee = v.resolved(v.nearestLeft(cue.tokStart(), m -> Roles.AGENT.test(m) && !v.isObject(m)), Set.of());
        Mention inviter = v.firstRight(cue.tokStart(), Math.min(ce, cue.tokEnd() + 2), Roles.STATE_ACTOR);
        if (inviter == null && (v.findWord("government", cue.tokStart(), cue.tokEnd()) >= 0
                || v.findWord("our", cue.tokStart(), cue.tokEnd()) >= 0)) {
            // "the Government's invitation", a speech's "our invitation": the government of the text's state
            inviter = v.mainState(cue);
        }
        if (invitee == null || invitee.id() == null || inviter == null || inviter.actingState() == null
                || invitee.id().equals(inviter.actingState())) {
            return;
        }
        // its own date after the verb: "..., which first requested a visit in 2017, received ... in June 2021"
        List<DateMention> after = v.datesIn(cue.tokEnd(), ce);
        DateMention date = after.isEmpty() ? v.nearestDate(cue.tokStart()) : after.get(0);
        if (date != null && v.tokenAt(date.start()) > cue.tokEnd()
                && v.findWord("to", cue.tokEnd(), v.tokenAt(date.start())) >= 0) {
            // "accepted our invitation to visit Canberra in April", "... of the Chinese government to visit China in
            // 2011": when the visit is to be
            date = null;
        }
        FactDraft fact = new FactDraft(FactType.INVITATION)
                .entity("inviter", inviter.withId(inviter.actingState(), MentionKind.STATE)).entity("invitee", invitee);
        fact.date(date == null ? null : date.iso(), false);
        out.add(fact);
    }
}
