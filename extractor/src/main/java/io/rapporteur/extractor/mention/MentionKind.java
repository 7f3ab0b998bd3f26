package io.rapporteur.extractor.mention;

public enum MentionKind {
    STATE, ORG, NATIONAL_BODY, TREATY, CITY, PERSON, TITLE,
    /** "her", "him": resolved by the rule that needs it, which knows whom to exclude */
    PRONOUN
}
