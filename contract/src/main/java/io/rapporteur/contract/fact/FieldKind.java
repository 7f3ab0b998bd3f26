package io.rapporteur.contract.fact;

/** How a fact field's value is shaped, in Java and in JSON. */
public enum FieldKind {
    /** {@link EntityRef}: {"id": "...", "text": "..."} */
    ENTITY,
    /** a set of {@link EntityRef}, a JSON array; compared as a set of ids */
    ENTITY_SET,
    /** {@link Place}: {"name": "Beijing", "country": "CHN"} */
    PLACE,
    /** free text, compared after folding case, punctuation and white space */
    TEXT,
    /** an upper-case code from a closed list (SIGNATURE, DIALOGUE, MOU...) */
    CODE,
    /** a whole number (ordinal, times) */
    INTEGER,
    /** a list of whole numbers (report ordinals) */
    INTEGER_LIST
}
