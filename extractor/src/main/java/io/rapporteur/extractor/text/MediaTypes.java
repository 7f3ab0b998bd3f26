package io.rapporteur.extractor.text;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** The media types we read, and how to recognise them from a declared type or from the first bytes. */
public final class MediaTypes {

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";
    public static final String APPLICATION_PDF = "application/pdf";
    public static final String OCTET_STREAM = "application/octet-stream";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    /** How far into a document we look for the markup that says it is HTML. */
    private static final int HTML_SNIFF_CHARS = 1024;

    private MediaTypes() {
    }

    /** "Text/HTML; charset=UTF-8" -> "text/html"; null or blank -> null. */
    public static String essence(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return null;
        }
        int semicolon = mediaType.indexOf(';');
        String essence = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        essence = essence.strip().toLowerCase(Locale.ROOT);
        return essence.equals("application/xhtml+xml") ? TEXT_HTML : essence;
    }

    /** The charset parameter of a declared media type, if it has one and the JVM knows it. */
    public static Optional<Charset> charset(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        for (String parameter : mediaType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException unknown) {
                    throw new UnreadableDocumentException(UnreadableDocumentException.Reason.INVALID_ENCODING,
                            "the declared charset '" + name + "' is not one we know");
                }
            }
        }
        return Optional.empty();
    }

    /** The media type of a file, from its name's extension; null when the extension says nothing. */
    public static String fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return TEXT_PLAIN;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return TEXT_HTML;
        }
        if (lower.endsWith(".pdf")) {
            return APPLICATION_PDF;
        }
        return null;
    }

    /** Whether the content starts like a PDF file. */
    public static boolean looksLikePdf(byte[] content) {
        if (content.length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether text starts like an HTML document: after white space (and a byte-order mark) it opens with a doctype,
     * an html, head or body tag, or it carries one of those tags near the start.
     */
    public static boolean looksLikeHtml(CharSequence start) {
        String head = start.subSequence(0, Math.min(start.length(), HTML_SNIFF_CHARS)).toString()
                .toLowerCase(Locale.ROOT);
        String stripped = head.replace("\uFEFF", "").stripLeading();
        if (!stripped.startsWith("<")) {
            return false;
        }
        return stripped.startsWith("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body") || head.contains("<p>") || head.contains("<div");
    }
}
