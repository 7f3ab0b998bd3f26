package io.rapporteur.contract.events;

/** A document as the catalog holds it. */
public record CatalogDocument(
        String id,
        String title,
        String text,
        String source,
        String published,
        String language,
        String mediaType,
        String receivedAt) {
}
