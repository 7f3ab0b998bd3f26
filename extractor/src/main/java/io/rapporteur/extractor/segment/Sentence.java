package io.rapporteur.extractor.segment;

/**
 * A sentence of the document.
 *
 * @param index     position among the document's sentences, from 0
 * @param start     char offset of its first character
 * @param end       char offset after its last character
 * @param paragraph index of the paragraph it belongs to
 * @param heading   a line on its own without final punctuation (a section title)
 */
public record Sentence(int index, int start, int end, int paragraph, boolean heading) {

    public String text(String document) {
        return document.substring(start, end);
    }
}
