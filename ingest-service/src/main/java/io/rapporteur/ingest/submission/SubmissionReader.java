package io.rapporteur.ingest.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.rapporteur.extractor.text.DocumentText;
import io.rapporteur.extractor.text.DocumentTexts;
import io.rapporteur.extractor.text.MediaTypes;
import io.rapporteur.extractor.text.UnreadableDocumentException;
import io.rapporteur.service.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a submitted document from an HTTP request: a JSON object {title, text, source?, published?, language?}, or the
 * raw content (text/plain, text/html, application/pdf) with its metadata as query parameters. Turns the content into
 * normalised text and checks everything a downstream service relies on, so that bad input is refused here, at the
 * door, with a problem that says what to fix, and never reaches the event log.
 */
@ApplicationScoped
public class SubmissionReader {

    public static final String APPLICATION_JSON = "application/json";
    /** Raw bodies we turn into text; no Content-Type or application/octet-stream means "look at the bytes". */
    static final Set<String> RAW_TYPES = Set.of(MediaTypes.TEXT_PLAIN, MediaTypes.TEXT_HTML, MediaTypes.APPLICATION_PDF,
            MediaTypes.OCTET_STREAM);
    static final Set<String> JSON_FIELDS = Set.of("title", "text", "source", "published", "language");
    /** A title taken from the first line of the text is cut to this length. */
    static final int DEFAULT_TITLE_LENGTH = 200;

    private final ObjectMapper mapper;
    private final long maxDocumentBytes;

    SubmissionReader(ObjectMapper mapper,
                     @ConfigProperty(name = "rapporteur.ingest.max-document-size", defaultValue = "5M") MemorySize maxDocumentSize) {
        this.mapper = mapper;
        this.maxDocumentBytes = maxDocumentSize.asLongValue();
    }

    /**
     * @param body        the request body, read here up to the size limit and no further
     * @param contentType the request's Content-Type header, or null
     * @param query       metadata given as query parameters (for raw bodies; a JSON body's own fields take precedence)
     */
    public Submission read(InputStream body, String contentType, SubmissionMetadata query) {
        String essence = MediaTypes.essence(contentType);
        if (APPLICATION_JSON.equals(essence)) {
            return readJson(readBody(body), query);
        }
        if (essence != null && !RAW_TYPES.contains(essence)) {
            throw ProblemException.unsupportedMediaType("Content-Type '" + essence + "' is not accepted: send "
                    + "application/json {\"title\", \"text\", ...}, or the document itself as text/plain, text/html or "
                    + "application/pdf (with ?title=&source=&published=&language= as query parameters)");
        }
        return readRaw(readBody(body), contentType, query);
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    private Submission readRaw(byte[] content, String contentType, SubmissionMetadata query) {
        if (content.length == 0) {
            throw ProblemException.badRequest("The body is empty: send the document's content (text/plain, text/html "
                    + "or application/pdf), or application/json with a 'text' field");
        }
        SubmissionMetadata metadata = query.validated();
        DocumentText text = normalised(() -> DocumentTexts.normalise(content, contentType));
        return new Submission(text.text(), withDefaultTitle(metadata, text.text()), text.mediaType());
    }

    private Submission readJson(byte[] content, SubmissionMetadata query) {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The body is not valid JSON: " + e.getOriginalMessage()
                    + locationOf(e));
        } catch (IOException e) {
            throw ProblemException.badRequest("The body could not be read as JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw ProblemException.badRequest("The body is empty: send a JSON object {\"title\": ..., \"text\": ...}");
        }
        if (!root.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object {\"title\": ..., \"text\": ...}, not a "
                    + root.getNodeType().name().toLowerCase());
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!JSON_FIELDS.contains(name)) {
                throw ProblemException.badRequest("Unknown field '" + name + "': a document has the fields "
                        + "title, text, source, published and language");
            }
        }
        String rawText = stringField(root, "text");
        if (rawText == null) {
            throw ProblemException.badRequest("Field 'text' is required: the document's full text");
        }
        if (rawText.isBlank()) {
            throw ProblemException.badRequest("Field 'text' is blank: send the document's full text");
        }
        SubmissionMetadata metadata = new SubmissionMetadata(
                firstNonNull(stringField(root, "title"), query.title()),
                firstNonNull(stringField(root, "source"), query.source()),
                firstNonNull(stringField(root, "published"), query.published()),
                firstNonNull(stringField(root, "language"), query.language())).validated();
        // The text of a JSON document is plain text: markup in it is taken as written.
        DocumentText text = normalised(() -> DocumentTexts.normalise(rawText, MediaTypes.TEXT_PLAIN));
        return new Submission(text.text(), withDefaultTitle(metadata, text.text()), APPLICATION_JSON);
    }

    /** Reads at most one byte more than the limit: enough to know a body is too large without holding all of it. */
    private byte[] readBody(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int read;
            while ((read = body.read(buffer, 0, (int) Math.min(buffer.length, maxDocumentBytes + 1 - out.size()))) > 0) {
                out.write(buffer, 0, read);
                if (out.size() > maxDocumentBytes) {
                    throw tooLarge(maxDocumentBytes);
                }
            }
        } catch (IOException e) {
            throw ProblemException.badRequest("The body could not be read: " + e.getMessage());
        }
        return out.toByteArray();
    }

    /** The answer to a document over the size limit, however it is found out. */
    public static ProblemException tooLarge(long limit) {
        return ProblemException.tooLarge("The document is larger than the " + describeSize(limit) + " accepted ("
                + limit + " bytes); split it into parts, or send only its text");
    }

    static String describeSize(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static DocumentText normalised(Supplier<DocumentText> conversion) {
        try {
            return conversion.get();
        } catch (UnreadableDocumentException e) {
            throw unreadable(e);
        }
    }

    /** An unsupported type is the client's choice of header (415); a bad encoding is a bad request; the rest is content we cannot use. */
    static ProblemException unreadable(UnreadableDocumentException e) {
        String detail = "The document cannot be read: " + e.getMessage();
        return switch (e.reason()) {
            case UNSUPPORTED_MEDIA_TYPE -> ProblemException.unsupportedMediaType(detail);
            case INVALID_ENCODING -> ProblemException.badRequest(detail);
            case BINARY, MALFORMED, ENCRYPTED, NO_TEXT -> ProblemException.unprocessable(detail);
        };
    }

    private static SubmissionMetadata withDefaultTitle(SubmissionMetadata metadata, String text) {
        return metadata.title() != null ? metadata : metadata.withTitle(firstLine(text));
    }

    /** A document without a title is called by its first line, as a reader would. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= DEFAULT_TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', DEFAULT_TITLE_LENGTH - 1);
        return line.substring(0, cut > DEFAULT_TITLE_LENGTH / 2 ? cut : DEFAULT_TITLE_LENGTH - 1) + "\u2026";
    }

    private static String stringField(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest("Field '" + name + "' must be a string, not a "
                    + value.getNodeType().name().toLowerCase());
        }
        return value.asText();
    }

    private static String firstNonNull(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
