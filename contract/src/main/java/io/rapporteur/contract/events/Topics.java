package io.rapporteur.contract.events;

/** The Kafka topics of the pipeline. Each consumer parks records it cannot read on its own dead-letter topic. */
public final class Topics {
    /** One record per accepted document (and per withdrawal), key = document id. */
    public static final String DOCUMENTS = "rapporteur.documents.v1";
    /** The facts extracted from one document, one record per document, key = document id. */
    public static final String FACTS = "rapporteur.facts.v1";
    /** The catalog's change events, key = canonical fact id (document id for document events). */
    public static final String CATALOG = "rapporteur.catalog.v1";

    public static final String DLQ_EXTRACTION = "rapporteur.documents.v1.dlq.extraction-worker";
    public static final String DLQ_CATALOG_DOCUMENTS = "rapporteur.documents.v1.dlq.catalog";
    public static final String DLQ_CATALOG_FACTS = "rapporteur.facts.v1.dlq.catalog";
    public static final String DLQ_QUERY = "rapporteur.catalog.v1.dlq.query";

    /** Header naming why a record was parked. */
    public static final String DLQ_REASON_HEADER = "dead-letter-reason";

    private Topics() {
    }
}
