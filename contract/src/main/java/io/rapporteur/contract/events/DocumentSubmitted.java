package io.rapporteur.contract.events;

/**
 * A document accepted by the ingest service ({@link Topics#DOCUMENTS}, key = documentId).
 *
 * @param text      the normalised plain text; every character offset of every fact refers to it
 * @param mediaType the media type it was submitted as (text/plain, text/html, application/pdf, application/json)
 * @param published publication date as given (ISO 8601, any precision), or null
 */
public record DocumentSubmitted(
        String documentId,
        String title,
        String text,
        String source,
        String published,
        String language,
        String mediaType,
        String receivedAt) {
}
