package io.rapporteur.ingest.submission;

import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.ids.DocumentIds;

import java.time.Instant;

/**
 * A document as the ingest service accepted it: its normalised text (the text every fact offset refers to), its
 * validated metadata, and the media type it came as. Its id depends on the text only, so the same text submitted twice
 * is the same document.
 *
 * @param mediaType the media type the client sent: application/json, text/plain, text/html or application/pdf
 */
public record Submission(String text, SubmissionMetadata metadata, String mediaType) {

    public String documentId() {
        return DocumentIds.of(text);
    }

    public String title() {
        return metadata.title();
    }

    /** The event that hands the document to the rest of the pipeline. */
    public DocumentSubmitted toEvent(Instant receivedAt) {
        return new DocumentSubmitted(documentId(), metadata.title(), text, metadata.source(), metadata.published(),
                metadata.language(), mediaType, receivedAt.toString());
    }
}
