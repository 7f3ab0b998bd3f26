package io.rapporteur.extractor;

/**
 * What is known about a document besides its text. Every component may be null.
 *
 * @param published publication date, ISO 8601 at any precision; never used to date a fact whose text gives no year
 */
public record DocumentMetadata(String title, String published, String language) {
    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null);
}
