package io.rapporteur.contract.events;

/** CloudEvents {@code type} values of the records on our topics. */
public final class EventTypes {
    public static final String DOCUMENT_SUBMITTED = "io.rapporteur.document.submitted.v1";
    public static final String DOCUMENT_WITHDRAWAL_REQUESTED = "io.rapporteur.document.withdrawal-requested.v1";
    public static final String FACTS_EXTRACTED = "io.rapporteur.facts.extracted.v1";
    /** Catalog events: prefix + {@link CatalogEventType#name()}, e.g. io.rapporteur.catalog.FactRecorded.v1 */
    public static final String CATALOG_PREFIX = "io.rapporteur.catalog.";

    private EventTypes() {
    }

    public static String catalog(CatalogEventType type) {
        return CATALOG_PREFIX + type.name() + ".v1";
    }
}
