package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;

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

    private static final Predicate<Mention> MEMBER = m -> m.kind() == MentionKind.PERSON
            || m.kind() == MentionKind.PRONOUN || m.kind() == MentionKind.STATE;
    private static final int BODY_WINDOW = 10;

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        for (CueMatch cue : v.cues(CueKind.MEMBERSHIP)) {
            int ce = v.clauseEnd(cue.tokEnd());
            List<Mention> members = new ArrayList<>();
            Mention body;
            if ("ACTIVE".equals(cue.value(CueKind.MEMBERSHIP))) {
                Mention electing = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.ORG);
                Mention elected = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + 2), MEMBER);
                if (electing == null || elected == null) {
                    continue;
                }
                members.addAll(v.coordinatedRight(elected, MEMBER));
                body = electing;
            } else {
                Mention last = v.nearestLeft(cue.tokStart(), MEMBER);
                if (last == null) {
                    continue;
                }
                members.addAll(v.coordinatedLeft(last, MEMBER));
                // "joined the Human Rights Council", not "joined 26 international human rights instruments"
                int window = v.tokenIs(cue.tokEnd() - 1, "joined") ? 2 : BODY_WINDOW;
                body = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + window), m -> m.kind() == MentionKind.ORG);
            }
            if (body == null || body.id() == null) {
                continue;
            }
            String role = null;
            int roleFrom = cue.tokEnd();
            int roleTo = "ACTIVE".equals(cue.value(CueKind.MEMBERSHIP)) ? Math.min(ce, cue.tokEnd() + 12) : body.tokStart();
            CueMatch roleCue = v.firstCue(CueKind.MEMBERSHIP_ROLE, roleFrom, roleTo);
            if (roleCue == null && "ROLE".equals(cue.value(CueKind.MEMBERSHIP))) {
                continue; // "served as host of ...": only "served as <role> of <body>" is a membership
            }
            if (roleCue != null && !"member".equals(roleCue.value(CueKind.MEMBERSHIP_ROLE))) {
                role = roleCue.value(CueKind.MEMBERSHIP_ROLE);
            }
            DateMention term = null;
            for (DateMention d : v.datesIn(v.clauseStart(cue.tokStart()), ce)) {
                if (d.to() != null && d.iso() != null) {
                    term = d;
                }
            }
            DateMention date = term != null ? term : v.nearestDate(cue.tokStart());
            for (Mention m : members) {
                Mention member = v.resolved(m, Set.of());
                if (member == null || member.id() == null) {
                    continue;
                }
                FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
                if (role != null) {
                    fact.text("role", role, 0, 0);
                }
                fact.date(date == null ? null : date.iso(), false);
                out.add(fact);
            }
        }
    }
}
