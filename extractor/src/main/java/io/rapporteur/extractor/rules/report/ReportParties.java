package io.rapporteur.extractor.rules.report;

import io.rapporteur.extractor.mention.Mention;
import io.rapporteur.extractor.mention.MentionKind;
import io.rapporteur.extractor.rules.CueMatch;
import io.rapporteur.extractor.rules.Roles;
import io.rapporteur.extractor.rules.SentenceView;

/**
 * Who submitted a report and to whom, where the sentence says it indirectly: the state behind the noun "submission", the
 * treaty of the committee a report went to, and a treaty body's own treaty and its committee as the recipient.
 */
final class ReportParties {

    private ReportParties() {
    }

    /**
     * Who submitted the report that the noun "submission" names: "the submission by the State party of its fourth
     * periodic report", "the submission of the initial report of Fiji", "the submission of its report" (the state the
     * document is about).
     */
    static Mention submitter(SentenceView v, CueMatch cue, int governor, CueMatch noun, Mention covered) {
        Mention by = v.firstRight(cue.tokEnd(), noun.tokStart(), m -> Roles.STATE_ACTOR.test(m)
                && v.tokenIs(m.tokStart() - 1, "by"));
        if (by != null) {
            return by;
        }
        if (covered != null && v.tokenIs(covered.tokStart() - 1, "of")) {
            return covered;
        }
        Mention owner = v.firstRight(cue.tokEnd(), noun.tokStart(), m -> Roles.STATE_ACTOR.test(m)
                && v.possessive(m)); // "of the State party's reports"
        if (owner != null) {
            return owner;
        }
        if (!(v.tokenIs(noun.tokStart() - 1, "its") || v.findWord("its", cue.tokEnd(), noun.tokStart()) >= 0)) {
            return null;
        }
        if (v.briefedOn(governor)) { // "Viet Nam briefed Australia on the submission of its initial report": the subject's
            Mention subject = v.firstRight(v.clauseStart(cue.tokStart()), governor, Roles.STATE_ACTOR);
            if (subject != null) {
                return subject;
            }
        }
        // "Australia welcomed the Lao PDR's ratification of ... and ..., including the submission of its initial
        // report": the state whose acts the sentence recounts, else the state the document is about
        Mention possessor = v.nearestLeft(cue.tokStart(), m -> Roles.STATE_ACTOR.test(m)
                && v.possessive(m));
        return possessor != null ? possessor : v.mainState(cue);
    }

    /**
     * In a treaty body's own document, a report that names no treaty is under the treaty that body monitors ("the
     * submission by the State party of its combined sixth and seventh periodic reports"); elsewhere null.
     */
    static Mention authorsTreaty(SentenceView v, CueMatch noun) {
        String treaty = v.discourse.committeeTreaty();
        return treaty == null ? null : v.inferred(MentionKind.TREATY, treaty, noun.tokStart(), noun.tokEnd());
    }

    /**
     * The body a report went "to" in [from, limit); in a treaty body's own document, else, the body itself for reports
     * under its treaty. Null if neither.
     */
    static Mention recipient(SentenceView v, int from, int limit, Mention treaty, CueMatch noun) {
        Mention to = v.firstRight(from, limit, m -> m.kind() == MentionKind.ORG && v.tokenIs(m.tokStart() - 1, "to"));
        return to != null ? to : authorAsRecipient(v, treaty, noun);
    }

    /** In a treaty body's own document, the body receives the reports under its treaty that name no recipient. */
    private static Mention authorAsRecipient(SentenceView v, Mention treaty, CueMatch noun) {
        String committee = v.discourse.committee();
        if (committee == null || !treaty.id().equals(v.discourse.committeeTreaty())) {
            return null;
        }
        return v.inferred(MentionKind.ORG, committee, noun.tokStart(), noun.tokEnd());
    }

    /**
     * "submitted its periodic reports to the Committee on the Elimination of Racial Discrimination": no treaty named,
     * so the report is under the treaty that committee monitors.
     */
    static Mention treatyOfCommittee(SentenceView v, int from, int limit) {
        // also "..., submitted in February 2016, were examined by the Committee on ...", "will now be examined at the
        // Committee's seventy-fifth session": the committee that takes them up
        Mention committee = v.firstRight(from, limit, m -> m.kind() == MentionKind.ORG && m.id() != null
                && (v.tokenIs(m.tokStart() - 1, "to") || v.tokenIs(m.tokStart() - 1, "by") || v.tokenIs(m.tokStart() - 1, "at"))
                && v.kb.monitoredTreaty(m.id()) != null);
        return committee == null ? null : committee.withId(v.kb.monitoredTreaty(committee.id()), MentionKind.TREATY);
    }

    /**
     * "its dialogue with the Committee against Torture, to which it submitted its second periodic report in December
     * 2019": the committee the relative clause refers back to, as the treaty it monitors.
     */
    static Mention committeeToWhich(SentenceView v, CueMatch cue) {
        for (int k = cue.tokStart() - 1; k >= Math.max(1, cue.tokStart() - 4); k--) {
            if (v.tokenIs(k, "which") && v.tokenIs(k - 1, "to")) {
                final int to = k - 1;
                Mention committee = v.nearestLeft(to, m -> m.kind() == MentionKind.ORG && m.id() != null
                        && m.tokEnd() >= to - 1 && v.kb.monitoredTreaty(m.id()) != null);
                return committee == null ? null
                        : committee.withId(v.kb.monitoredTreaty(committee.id()), MentionKind.TREATY);
            }
        }
        return null;
    }
}
