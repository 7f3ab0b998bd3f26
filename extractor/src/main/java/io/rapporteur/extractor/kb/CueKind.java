package io.rapporteur.extractor.kb;

/** The kinds of trigger words and phrases listed in kb/cues.tsv. */
public enum CueKind {
    TREATY, REPORT, REPORT_NOUN,
    /** "considered", "reviews": a treaty body's review of a state's report. */
    REVIEW,
    EXCHANGE_VERB, EXCHANGE_NOUN, EXCHANGE_ROUND, NON_TOPIC,
    VISIT, MEETING, AGREEMENT_VERB, AGREEMENT_NOUN, INVITATION, INVITED_BY,
    ATTENDANCE, ROLE, ATTENDING, MEMBERSHIP, MEMBERSHIP_ROLE, DECLARATION, DECLARATION_NOUN,
    STATUS, TREATY_ANAPHOR, EVENT_ANAPHOR, BODY_ANAPHOR, PERSON_PRONOUN, STATE_PRONOUN, RESPECTIVELY, TIMES, ATTENDANCE_WORD,
    /** "not", "never": the action next to it did not happen. */
    NEGATION,
    /** "the two sides", "both delegations": the sides of the bilateral exchange the text reported last. */
    SIDES,
    /** "her predecessor", "his predecessors": earlier holders of the mandate of the UN expert the text is about. */
    PREDECESSOR
}
