package io.rapporteur.extractor.kb;

/** What a gazetteer phrase names. */
public enum EntityKind {
    /** a state or territory (ISO 3166-1 alpha-3) */
    STATE,
    /** an adjective or demonym of a state ("Chinese", "Swiss"): qualifies a title, a body or "government" */
    DEMONYM,
    /** an international body */
    ORG,
    /** a national body with a fixed id (org:CHN-NPCSC) */
    NATIONAL_BODY,
    /** the name of a kind of national body ("Foreign Ministry"): needs a state next to it */
    BODY_NAME,
    TREATY,
    CITY,
    /** a title of office that introduces a person ("President", "Special Rapporteur", "Mr.") */
    TITLE
}
