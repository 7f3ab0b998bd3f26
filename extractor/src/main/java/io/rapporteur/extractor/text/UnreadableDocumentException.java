package io.rapporteur.extractor.text;

/**
 * A document whose text cannot be read. The message is meant for the person who submitted it (it ends up in the
 * {@code detail} of a problem response), so it says what is wrong with the document, not where the code failed.
 */
public class UnreadableDocumentException extends RuntimeException {

    /** Why the document cannot be read; lets a service choose the status code (415 for the first, 422 for the rest). */
    public enum Reason {
        UNSUPPORTED_MEDIA_TYPE,
        INVALID_ENCODING,
        BINARY,
        MALFORMED,
        ENCRYPTED,
        NO_TEXT
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
