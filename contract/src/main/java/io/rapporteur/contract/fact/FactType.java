package io.rapporteur.contract.fact;

/** The fact types of FACTS.md. */
public enum FactType {
    TREATY_ACTION, REPORT_SUBMISSION, EXCHANGE, VISIT, MEETING, AGREEMENT, INVITATION, ATTENDANCE, MEMBERSHIP, DECLARATION
}
