package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.date.DateMention;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;

import java.util.List;

/**
 * MEMBERSHIP: "<member> was [re-]elected [a|as] member|chair of <body> [for the 2021-2023 term]", "became a member
 * of <body>". The date is the term where stated, else the date of election.
 */
public final class MembershipRule implements Rule {

    @Override
    public void apply(SentenceView v, List<FactDraft> out) {
        for (CueMatch cue : v.cues(CueKind.MEMBERSHIP)) {
            int ce = v.clauseEnd(cue.tokEnd());
            Mention member = v.nearestLeft(cue.tokStart(), m -> m.kind() == MentionKind.PERSON
                    || m.kind() == MentionKind.PRONOUN || m.kind() == MentionKind.STATE);
            if (member == null) {
                continue;
            }
            member = v.resolved(member, java.util.Set.of());
            Mention body = v.firstRight(cue.tokEnd(), Math.min(ce, cue.tokEnd() + 10), m -> m.kind() == MentionKind.ORG);
            if (member == null || member.id() == null || body == null) {
                continue;
            }
            String role = cue.value(CueKind.MEMBERSHIP);
            CueMatch roleCue = v.firstCue(CueKind.MEMBERSHIP_ROLE, cue.tokEnd(), body.tokStart());
            if (roleCue != null) {
                role = roleCue.value(CueKind.MEMBERSHIP_ROLE);
            }
            if ("HELD".equals(role) || "member".equals(role)) {
                role = null;
            }
            FactDraft fact = new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
            if (role != null) {
                fact.text("role", role, 0, 0);
            }
            DateMention term = null;
            for (DateMention d : v.datesIn(v.clauseStart(cue.tokStart()), ce)) {
                if (d.to() != null && d.iso() != null) {
                    term = d;
                }
            }
            DateMention date = term != null ? term : v.nearestDate(cue.tokStart());
            fact.date(date == null ? null : date.iso(), false);
            out.add(fact);
        }
    }
}
