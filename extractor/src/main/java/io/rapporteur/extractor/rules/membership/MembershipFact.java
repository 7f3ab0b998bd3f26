package io.rapporteur.extractor.rules.membership;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.FactDraft;

import java.util.function.Predicate;

/** The fact every reading writes: a member (a state or a person) of a body, with the role they hold in it. */
final class MembershipFact {

    /** What can be a member: a person, a state, or a pronoun standing for one. */
    static final Predicate<Mention> MEMBER = m -> m.kind() == MentionKind.PERSON
            || m.kind() == MentionKind.PRONOUN || m.kind() == MentionKind.STATE;

    private MembershipFact() {
    }

    /** The member of the body, undated and with no role yet. */
    static FactDraft of(Mention member, Mention body) {
        return new FactDraft(FactType.MEMBERSHIP).entity("member", member).entity("body", body);
    }

    /** The role a cue names ("Chairperson", "Vice-Chair"), but not a plain "member", which the fact leaves out. */
    static void role(FactDraft fact, CueMatch role) {
        if (!"member".equals(role.value(CueKind.MEMBERSHIP_ROLE))) {
            fact.text("role", role.value(CueKind.MEMBERSHIP_ROLE), 0, 0);
        }
    }
}
