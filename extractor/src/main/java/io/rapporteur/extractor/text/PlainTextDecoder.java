package io.rapporteur.extractor.text;

import io.rapporteur.extractor.text.UnreadableDocumentException.Reason;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Turns the bytes of a text document into characters: UTF-8 unless a byte-order mark or a declared charset says
 * otherwise, strictly (a malformed byte is reported, not silently replaced, because a replaced character would end up
 * in the evidence of a fact), after making sure the bytes are text at all.
 */
final class PlainTextDecoder {

    /** Share of control bytes (other than tab, line feed, carriage return, form feed, escape) above which bytes are not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** The control-byte share is judged on this many leading bytes; a NUL anywhere is enough. */
    private static final int SNIFF_BYTES = 64 * 1024;

    private PlainTextDecoder() {
    }

    static String decode(byte[] content, Charset declared) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return strictly(content, 2, StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return strictly(content, 2, StandardCharsets.UTF_16LE);
        }
        rejectBinary(content);
        boolean utf8Bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        if (utf8Bom) {
            return strictly(content, 3, StandardCharsets.UTF_8);
        }
        return strictly(content, 0, declared == null ? StandardCharsets.UTF_8 : declared);
    }

    /** UTF-16 text is full of NUL bytes: its byte-order mark must be looked for before judging it binary. */
    static boolean startsWithUtf16ByteOrderMark(byte[] content) {
        return content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE);
    }

    /** Refuses bytes that are evidently not text: a NUL byte, or too many other control bytes. */
    static void rejectBinary(byte[] content) {
        int controls = 0;
        int sniffed = Math.min(content.length, SNIFF_BYTES);
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableDocumentException(Reason.BINARY,
                        "the document looks binary (a NUL byte at offset " + i + "), not like text");
            }
            if (i < sniffed && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (sniffed > 0 && controls > Math.max(2, sniffed * MAX_CONTROL_SHARE)) {
            throw new UnreadableDocumentException(Reason.BINARY, "the document looks binary (" + controls
                    + " control bytes in its first " + sniffed + " bytes), not like text");
        }
    }

    private static String strictly(byte[] content, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(Reason.INVALID_ENCODING, invalidEncodingMessage(content, charset));
        }
    }

    /** Names the first bad byte so that the submitter can find it; re-decodes step by step, only on failure. */
    private static String invalidEncodingMessage(byte[] content, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(Math.max(16, content.length));
        var result = decoder.decode(in, out, true);
        int position = in.position();
        String where = result.isError() && position < content.length
                ? ": byte 0x" + HexFormat.of().toHexDigits(content[position]).toUpperCase() + " at offset " + position
                : "";
        return "the document is not valid " + charset.name() + where
                + " (declare its charset, e.g. text/plain; charset=windows-1252, or convert it to UTF-8)";
    }
}
