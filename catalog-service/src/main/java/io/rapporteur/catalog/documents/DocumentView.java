package io.rapporteur.catalog.documents;

/** A document's metadata in the catalog, without its text, and how many live mentions it gives. */
public record DocumentView(String id, String title, String source, String published, String language,
                           String mediaType, String receivedAt, String catalogedAt, String withdrawnAt,
                           long mentionCount, long textLength) {
}
