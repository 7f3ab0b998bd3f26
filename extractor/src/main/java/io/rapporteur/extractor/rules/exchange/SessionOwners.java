package io.rapporteur.extractor.rules.exchange;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.extractor.discourse.EventRecord;
import io.rapporteur.extractor.kb.CueKind;
import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.SentenceView;
import io.rapporteur.extractor.segment.Token;

import java.util.List;

/**
 * The body whose session a sentence reports, where no side holds it by a verb: "the ninety-third session of the
 * Committee", "the Committee's ninety-sixth session", "Its sixty-eighth session", "the 65th Ordinary Session" after the
 * body's 64th.
 */
final class SessionOwners {

    private SessionOwners() {
    }

    /** The first of the ways below the session names its body, or null. */
    static Mention bodyWhoseSessionItIs(SentenceView v, CueMatch noun, CueMatch verb, NounPhrase np, boolean named,
                                        int nameEnd, int cs, int ce) {
        if (verb.tokStart() < nameEnd) {
            return null;
        }
        Mention owner = bodyAfterOf(v, noun, named, nameEnd, cs, ce);
        if (owner == null && !named) {
            owner = possessiveBody(v, noun, np);
        }
        if (owner == null) {
            owner = releaseBody(v, np);
        }
        if (owner == null) {
            owner = bodyOfTheSessionBefore(v, noun, np);
        }
        return owner;
    }

    /**
     * "The ninety-third session of the Committee will be held from ...", "The 62nd Session of the UN Commission on
     * Human Rights was held in ...": the body whose session it is (not "attended the 61st session of the Commission").
     */
    private static Mention bodyAfterOf(SentenceView v, CueMatch noun, boolean named, int nameEnd, int cs, int ce) {
        int ownerOf = !named ? nameEnd : v.tokenIs(noun.tokEnd(), "of") && nameEnd > noun.tokEnd() + 1 ? noun.tokEnd() : -1;
        if (ownerOf < 0 || !v.tokenIs(ownerOf, "of") || v.firstCue(CueKind.ATTENDANCE, cs, noun.tokStart()) != null) {
            return null;
        }
        return v.firstRight(ownerOf + 1, Math.min(ce, ownerOf + 3), m -> m.kind() == MentionKind.ORG
                && m.id() != null && (m.tokStart() == ownerOf + 1 || v.tokenIs(ownerOf + 1, "the")));
    }

    /**
     * "The Committee's ninety-sixth session will be held from 6 to 30 August 2018" (its ordinal may be long: "The
     * Committee's one hundred and twenty-fifth session").
     */
    private static Mention possessiveBody(SentenceView v, CueMatch noun, NounPhrase np) {
        final int nounStart = noun.tokStart();
        final int reach = np.ordinals().size() == 1 ? Math.min(nounStart - 6, np.start() - 3) : nounStart - 6;
        return v.nearestLeft(nounStart, m -> m.kind() == MentionKind.ORG && m.id() != null
                && m.tokEnd() >= reach && v.possessive(m));
    }

    /**
     * "Its sixty-eighth session is scheduled to take place from ...", "It also decided that its fifty-eighth session
     * would be held in July 2014": the committee the release is about.
     */
    private static Mention releaseBody(SentenceView v, NounPhrase np) {
        int its = np.start() - 1;
        if (!v.tokenIs(its, "its")
                || !(its == 0 || v.tokenIs(its - 1, ",") || v.tokenIs(its - 1, "that") && v.tokenIs(its - 2, "decided"))) {
            return null;
        }
        String owner = v.discourse.committee() != null ? v.discourse.committee() : v.discourse.lastSubjectBody();
        if (owner == null) {
            return null;
        }
        Token t = v.token(its);
        return new Mention(MentionKind.ORG, owner, its, its + 1, t.start(), t.end(), t.text(), null, null, true);
    }

    /**
     * "The 64th Ordinary Session of the ACHPR was held in ... . ... the 65th Ordinary Session, which took place in
     * Banjul ...": another numbered session of the body whose session the text last reported (not where the sentence
     * names a body of its own: "the Universal Periodic Review ... at the forty-first session").
     */
    private static Mention bodyOfTheSessionBefore(SentenceView v, CueMatch noun, NounPhrase np) {
        if (np.ordinals().isEmpty() || !v.tokenIs(np.start() - 1, "the")
                || !v.mentionsIn(0, v.tokens.size(), m -> m.kind() == MentionKind.ORG && m.country() == null).isEmpty()) {
            return null;
        }
        EventRecord last = v.discourse.lastEvent("SESSION");
        List<EntityRef> owners = last == null ? List.of() : last.fact().entities("participants");
        if (owners.size() == 1 && owners.get(0).id() != null && !np.ordinals().get(0)
                .equals(last.fact().field("ordinal"))) {
            return v.inferred(MentionKind.ORG, owners.get(0).id(), noun.tokStart(), noun.tokEnd());
        }
        return null;
    }
}
