package io.rapporteur.contract.ids;

import java.text.Normalizer;

/**
 * Content-addressed document ids: the same text, whatever its white space or Unicode composition, gets the same id,
 * so submitting a document twice changes nothing downstream.
 */
public final class DocumentIds {

    private DocumentIds() {
    }

    public static String of(String normalisedText) {
        String canonical = Normalizer.normalize(normalisedText, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return "doc-" + Hashing.shortSha256(canonical);
    }

    public static boolean looksLikeId(String candidate) {
        return candidate != null && candidate.matches("doc-[0-9a-f]{20}");
    }
}
