package io.rapporteur.extractor.text;

import io.rapporteur.extractor.text.UnreadableDocumentException.Reason;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns a submitted document (plain text, HTML or PDF) into its normalised text, the text that fact offsets refer to.
 * When the media type is missing or {@code application/octet-stream}, the content's first bytes decide.
 */
public final class DocumentTexts {

    private DocumentTexts() {
    }

    /**
     * @param content   the document as submitted
     * @param mediaType its declared media type (parameters such as charset are honoured), or null
     * @throws UnreadableDocumentException when the content is not a readable document of a supported type
     */
    public static DocumentText normalise(byte[] content, String mediaType) {
        if (content == null) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, "the document is empty");
        }
        String essence = MediaTypes.essence(mediaType);
        Charset declared = MediaTypes.charset(mediaType).orElse(null);
        if (essence == null || essence.equals(MediaTypes.OCTET_STREAM)) {
            essence = sniff(content, declared);
        }
        String raw = switch (essence) {
            case MediaTypes.APPLICATION_PDF -> {
                if (!MediaTypes.looksLikePdf(content)) {
                    throw new UnreadableDocumentException(Reason.MALFORMED,
                            "the document is declared application/pdf but does not start with %PDF-");
                }
                yield PdfTextExtractor.text(content);
            }
            case MediaTypes.TEXT_HTML -> {
                PlainTextDecoder.rejectBinary(content);
                yield HtmlTextExtractor.visibleText(content, declared);
            }
            case MediaTypes.TEXT_PLAIN -> PlainTextDecoder.decode(content, declared);
            default -> throw unsupported(essence);
        };
        return finish(raw, essence);
    }

    /**
     * The same for content that is already characters (a JSON request body, say). PDF cannot come as a string.
     */
    public static DocumentText normalise(String content, String mediaType) {
        if (content == null) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, "the document is empty");
        }
        String essence = MediaTypes.essence(mediaType);
        if (essence == null || essence.equals(MediaTypes.OCTET_STREAM)) {
            essence = MediaTypes.looksLikeHtml(content) ? MediaTypes.TEXT_HTML : MediaTypes.TEXT_PLAIN;
        }
        String raw = switch (essence) {
            case MediaTypes.TEXT_HTML -> HtmlTextExtractor.visibleText(content);
            case MediaTypes.TEXT_PLAIN -> {
                rejectBinary(content);
                yield content;
            }
            case MediaTypes.APPLICATION_PDF -> throw new UnreadableDocumentException(Reason.UNSUPPORTED_MEDIA_TYPE,
                    "a PDF must be submitted as bytes (application/pdf), not as a string");
            default -> throw unsupported(essence);
        };
        return finish(raw, essence);
    }

    private static String sniff(byte[] content, Charset declared) {
        if (MediaTypes.looksLikePdf(content)) {
            return MediaTypes.APPLICATION_PDF;
        }
        if (PlainTextDecoder.startsWithUtf16ByteOrderMark(content)) {
            return MediaTypes.TEXT_PLAIN;
        }
        PlainTextDecoder.rejectBinary(content);
        int head = Math.min(content.length, 1024);
        String start = new String(content, 0, head, declared == null ? StandardCharsets.UTF_8 : declared);
        return MediaTypes.looksLikeHtml(start) ? MediaTypes.TEXT_HTML : MediaTypes.TEXT_PLAIN;
    }

    private static void rejectBinary(String content) {
        if (content.indexOf('\0') >= 0) {
            throw new UnreadableDocumentException(Reason.BINARY,
                    "the document looks binary (a NUL character at offset " + content.indexOf('\0') + "), not like text");
        }
    }

    private static DocumentText finish(String raw, String mediaType) {
        String text = TextNormaliser.normalise(raw);
        if (text.isEmpty()) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, "the document contains no text");
        }
        return new DocumentText(text, mediaType);
    }

    private static UnreadableDocumentException unsupported(String mediaType) {
        return new UnreadableDocumentException(Reason.UNSUPPORTED_MEDIA_TYPE, "media type '" + mediaType
                + "' is not supported; send text/plain, text/html or application/pdf");
    }
}
