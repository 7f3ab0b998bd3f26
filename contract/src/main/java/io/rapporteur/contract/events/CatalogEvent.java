package io.rapporteur.contract.events;

import io.rapporteur.contract.fact.Fact;

import java.util.List;

/**
 * A change in the catalog ({@link Topics#CATALOG}). Fact events carry the whole current state of the canonical fact
 * (merged fact and all its mentions), so a consumer can upsert without reading anything else.
 *
 * @param sequence       position of this event in the catalog's outbox: strictly increasing, gap-free per catalog
 * @param canonicalId    the canonical fact (fact events) or null
 * @param fact           the merged canonical fact, its id = canonicalId (FactRecorded, FactCorroborated)
 * @param mentions       every current source of the fact (FactRecorded, FactCorroborated)
 * @param conflictsWith  canonical ids of the facts this one disagrees with (FactConflicted)
 * @param conflictField  the field they disagree on, e.g. "date" (FactConflicted)
 * @param documentId     the document (DocumentCataloged, DocumentWithdrawn)
 * @param document       the document with its text (DocumentCataloged)
 */
public record CatalogEvent(
        CatalogEventType type,
        long sequence,
        String occurredAt,
        String canonicalId,
        Fact fact,
        List<Mention> mentions,
        List<String> conflictsWith,
        String conflictField,
        String documentId,
        CatalogDocument document) {
    public CatalogEvent {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        conflictsWith = conflictsWith == null ? List.of() : List.copyOf(conflictsWith);
    }

    /** The Kafka key: the canonical fact for fact events, the document for document events. */
    public String key() {
        return canonicalId != null ? canonicalId : documentId;
    }
}
