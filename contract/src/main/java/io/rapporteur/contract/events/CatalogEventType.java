package io.rapporteur.contract.events;

/** The catalog's change events on {@link Topics#CATALOG}. */
public enum CatalogEventType {
    /** A canonical fact seen for the first time (or again after a retraction). */
    FactRecorded,
    /** A canonical fact gained or lost a source, or a non-key field changed by the merge. */
    FactCorroborated,
    /** Two canonical facts are the same fact but for the date (or another key field): sources disagree. */
    FactConflicted,
    /** A canonical fact has no mention left. */
    FactRetracted,
    /** A document was stored. */
    DocumentCataloged,
    /** A document and its mentions were withdrawn. */
    DocumentWithdrawn
}
