package io.rapporteur.extractor.text;

import io.rapporteur.extractor.text.UnreadableDocumentException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/**
 * The text of every page of a PDF (PDFBox 3). Lines that PDFBox places in one paragraph are joined with a space,
 * since their breaks come from the page width, not from the author; paragraphs and pages are separated by a blank line.
 */
final class PdfTextExtractor {

    /** Marks PDFBox's paragraph boundaries so that they survive the joining of wrapped lines. */
    private static final String PARAGRAPH_MARK = "\u2029";

    private PdfTextExtractor() {
    }

    static String text(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart(PARAGRAPH_MARK);
            stripper.setPageEnd(PARAGRAPH_MARK);
            String text = unwrapLines(stripper.getText(document));
            if (text.isBlank() && document.getNumberOfPages() > 0) {
                throw new UnreadableDocumentException(Reason.NO_TEXT, "the PDF has " + document.getNumberOfPages()
                        + " page(s) but no text layer (a scan?); submit a PDF with text or its text");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED,
                    "the PDF is encrypted with a password; submit an unprotected copy", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.MALFORMED, "the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Joins the lines within a paragraph: a line break becomes a space, except after a hyphen that ends a word part
     * ("co-" / "operation"), where the two halves are joined as written. Paragraph marks become blank lines.
     */
    static String unwrapLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                boolean hyphenated = out.length() >= 2 && out.charAt(out.length() - 1) == '-'
                        && Character.isLetter(out.charAt(out.length() - 2));
                if (!hyphenated) {
                    out.append(' ');
                }
            } else if (c == '\r') {
                // PDFBox writes only the line separator we set; a stray CR is layout noise
            } else if (PARAGRAPH_MARK.charAt(0) == c) {
                out.append("\n\n");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
