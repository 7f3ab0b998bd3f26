package io.rapporteur.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.text.DocumentText;
import io.rapporteur.extractor.text.DocumentTexts;
import io.rapporteur.extractor.text.MediaTypes;
import io.rapporteur.extractor.text.UnreadableDocumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document file on disk: plain text, HTML or PDF as it is, or a {@code .json} file in the shape the ingest service
 * takes ({@code {"title", "text", "published", "language", "source"}}), whose text and metadata are used.
 */
record LocalDocument(DocumentText text, DocumentMetadata metadata) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static LocalDocument read(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            if (file.getFileName().toString().toLowerCase().endsWith(".json")) {
                return fromSubmission(file, content);
            }
            return new LocalDocument(DocumentTexts.normalise(content, MediaTypes.fromFileName(file.getFileName().toString())),
                    DocumentMetadata.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDocument fromSubmission(Path file, byte[] content) throws IOException {
        JsonNode submission;
        try {
            submission = JSON.readTree(content);
        } catch (IOException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.MALFORMED, "not valid JSON: " + e.getMessage(), e);
        }
        JsonNode text = submission.path("text");
        if (!text.isTextual()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.MALFORMED,
                    "no \"text\" string: a JSON document is {\"title\", \"text\", ...}");
        }
        DocumentMetadata metadata = new DocumentMetadata(textOrNull(submission, "title"),
                textOrNull(submission, "published"), textOrNull(submission, "language"));
        return new LocalDocument(DocumentTexts.normalise(text.asText(), "text/plain"), metadata);
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }
}
