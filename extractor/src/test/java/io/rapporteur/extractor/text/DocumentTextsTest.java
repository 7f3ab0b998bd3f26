package io.rapporteur.extractor.text;

import io.rapporteur.extractor.text.UnreadableDocumentException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTextsTest {

    private static final String PRESS_RELEASE_HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <title>Press release: not part of the visible text</title>
              <style>p { color: navy; }</style>
              <script>var tracking = "Human Rights Council";</script>
            </head>
            <body>
              <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
              <h1>High Commissioner visits&nbsp;China</h1>
              <p>GENEVA (5 September 2005) &ndash; The United Nations High Commissioner
                 for Human Rights, Louise Arbour, began a visit to China
                 on 29&nbsp;August&nbsp;2005.</p>
              <p>The visit was made at the invitation<br>of the Chinese government.</p>
              <noscript>Enable JavaScript</noscript>
              <div hidden>Hidden teaser</div>
              <ul><li>Beijing</li><li>Nanjing</li></ul>
              <table><tr><td>Dialogue</td><td>2005</td></tr></table>
            </body>
            </html>
            """;

    @Test
    void plainUtf8TextIsDecodedAndNormalised() {
        byte[] bytes = "Geneva\u00A0\u2013 The 8th\r\nround of the dialogue.\r\n\r\n\r\nNext".getBytes(StandardCharsets.UTF_8);
        DocumentText text = DocumentTexts.normalise(bytes, "text/plain; charset=UTF-8");
        assertEquals("Geneva \u2013 The 8th\nround of the dialogue.\n\nNext", text.text());
        assertEquals("text/plain", text.mediaType());
    }

    @Test
    void aUtf8ByteOrderMarkIsNotText() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'k'};
        assertEquals("Ok", DocumentTexts.normalise(bytes, "text/plain").text());
    }

    @Test
    void utf16WithAByteOrderMarkIsReadEvenWithoutADeclaredType() {
        byte[] utf16 = "\uFEFFRen\u00E9 Cassin, Geneva".getBytes(StandardCharsets.UTF_16LE);
        DocumentText text = DocumentTexts.normalise(utf16, null);
        assertEquals("Ren\u00E9 Cassin, Geneva", text.text());
        assertEquals("text/plain", text.mediaType());
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        byte[] latin1 = "Ren\u00E9 Cassin".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Ren\u00E9 Cassin", DocumentTexts.normalise(latin1, "text/plain; charset=ISO-8859-1").text());
    }

    @Test
    void invalidUtf8IsRejectedNamingTheBadByteAndItsOffset() {
        byte[] latin1 = "Ren\u00E9 Cassin".getBytes(StandardCharsets.ISO_8859_1);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentTexts.normalise(latin1, "text/plain"));
        assertEquals(Reason.INVALID_ENCODING, e.reason());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("0xE9 at offset 3"), e.getMessage());
    }

    @Test
    void binaryJunkIsRejectedAsBinary() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 'x'; // not a PDF, not a byte-order mark
        for (String declared : new String[] {"text/plain", null, "application/octet-stream", "text/html"}) {
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                    () -> DocumentTexts.normalise(junk, declared));
            assertEquals(Reason.BINARY, e.reason(), "declared " + declared);
            assertTrue(e.getMessage().contains("looks binary"), e.getMessage());
        }
    }

    @Test
    void htmlGivesTheVisibleTextWithBlocksAsParagraphs() {
        DocumentText text = DocumentTexts.normalise(PRESS_RELEASE_HTML.getBytes(StandardCharsets.UTF_8), "text/html");
        assertEquals("""
                Home | News

                High Commissioner visits China

                GENEVA (5 September 2005) \u2013 The United Nations High Commissioner for Human Rights, Louise Arbour, \
                began a visit to China on 29 August 2005.

                The visit was made at the invitation
                of the Chinese government.

                Beijing

                Nanjing

                Dialogue 2005""", text.text());
        assertEquals("text/html", text.mediaType());
    }

    @Test
    void preformattedHtmlKeepsItsLineBreaks() {
        String html = "<html><body><pre>Line one\n   Line two</pre><p>After</p></body></html>";
        assertEquals("Line one\nLine two\n\nAfter", DocumentTexts.normalise(html, "text/html").text());
    }

    @Test
    void htmlIsRecognisedWithoutADeclaredType() {
        byte[] bytes = PRESS_RELEASE_HTML.getBytes(StandardCharsets.UTF_8);
        DocumentText sniffed = DocumentTexts.normalise(bytes, null);
        DocumentText octets = DocumentTexts.normalise(bytes, "application/octet-stream");
        assertEquals("text/html", sniffed.mediaType());
        assertEquals(DocumentTexts.normalise(bytes, "text/html"), sniffed);
        assertEquals(sniffed, octets);
        assertEquals("text/html", DocumentTexts.normalise(PRESS_RELEASE_HTML, null).mediaType());
    }

    @Test
    void textThatMentionsATagIsStillPlainText() {
        DocumentText text = DocumentTexts.normalise("Use 3 < 4 in <b> context".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("text/plain", text.mediaType());
        assertEquals("Use 3 < 4 in <b> context", text.text());
    }

    @Test
    void pdfGivesTheTextOfAllPages() throws IOException {
        byte[] pdf = pdf(List.of(
                List.of("VII. International Exchanges", "",
                        "In September 2000, the Chinese government signed the",
                        "Optional Protocol to the Convention on the Rights of the Child."),
                List.of("The ninth round of the China-EU human rights dialogue",
                        "was held in Beijing in February 2000.")));
        DocumentText text = DocumentTexts.normalise(pdf, "application/pdf");
        assertEquals("application/pdf", text.mediaType());
        assertEquals("""
                VII. International Exchanges

                In September 2000, the Chinese government signed the Optional Protocol to the Convention on the \
                Rights of the Child.

                The ninth round of the China-EU human rights dialogue was held in Beijing in February 2000.""",
                text.text());
        assertEquals(text, DocumentTexts.normalise(pdf, null), "a PDF is recognised by its magic bytes");
        assertEquals(text, DocumentTexts.normalise(pdf, "application/octet-stream"));
    }

    @Test
    void aPdfWithoutATextLayerIsRejectedAsHavingNoText() throws IOException {
        byte[] pdf = pdf(List.of(List.of()));
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentTexts.normalise(pdf, "application/pdf"));
        assertEquals(Reason.NO_TEXT, e.reason());
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    @Test
    void aTruncatedPdfIsRejectedAsMalformed() throws IOException {
        byte[] pdf = pdf(List.of(List.of("Some text")));
        byte[] truncated = java.util.Arrays.copyOf(pdf, 40);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentTexts.normalise(truncated, null));
        assertEquals(Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().startsWith("the PDF cannot be read"), e.getMessage());
    }

    @Test
    void somethingDeclaredPdfThatIsNotIsRejected() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentTexts.normalise("plain words".getBytes(StandardCharsets.UTF_8), "application/pdf"));
        assertTrue(e.getMessage().contains("does not start with %PDF-"), e.getMessage());
    }

    @Test
    void unsupportedMediaTypesAreNamedInTheReason() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentTexts.normalise(new byte[] {'x'}, "image/png"));
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, e.reason());
        assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    }

    @Test
    void emptyDocumentsAreRejected() {
        assertEquals(Reason.NO_TEXT, assertThrows(UnreadableDocumentException.class,
                () -> DocumentTexts.normalise(" \n\n ".getBytes(StandardCharsets.UTF_8), "text/plain")).reason());
        assertEquals(Reason.NO_TEXT, assertThrows(UnreadableDocumentException.class,
                () -> DocumentTexts.normalise("<html><body><script>x()</script></body></html>", null)).reason());
    }

    @Test
    void aFiveMegabyteDocumentIsNormalisedWhole() {
        String paragraph = "The Chinese government signed the\u00A0Covenant in October 1997.  \r\n\r\n";
        StringBuilder big = new StringBuilder();
        while (big.length() < 5_000_000) {
            big.append(paragraph);
        }
        byte[] bytes = big.toString().getBytes(StandardCharsets.UTF_8);
        int paragraphs = big.length() / paragraph.length();
        // a generous guard against accidental quadratic behaviour; the speed goal itself lives in bench/
        DocumentText text = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> DocumentTexts.normalise(bytes, "text/plain"));
        String expectedParagraph = "The Chinese government signed the Covenant in October 1997.";
        assertEquals((long) paragraphs * expectedParagraph.length() + (paragraphs - 1) * 2L, text.text().length());
        assertTrue(text.text().startsWith(expectedParagraph + "\n\n" + expectedParagraph));
    }

    /** A PDF with one page per list entry, each line of a page written as a separate text line; "" leaves a gap. */
    private static byte[] pdf(List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 720;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            content.beginText();
                            content.setFont(font, 12);
                            content.newLineAtOffset(72, y);
                            content.showText(line);
                            content.endText();
                        }
                        y -= line.isEmpty() ? 30 : 15;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
