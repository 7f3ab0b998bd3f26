package io.rapporteur.extractor.text;

/**
 * A document's text after conversion and normalisation: the text that the catalog stores and that every character
 * offset of a fact (evidence spans, argument spans) refers to.
 *
 * @param text      normalised plain text (see {@link TextNormaliser})
 * @param mediaType the media type the text was read as, without parameters: text/plain, text/html or application/pdf
 */
public record DocumentText(String text, String mediaType) {
    public DocumentText {
        if (text == null) {
            throw new IllegalArgumentException("a document text cannot be null");
        }
    }
}
