package io.rapporteur.query.support;

import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.ids.DocumentIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The documents the tests catalog: the seed white paper chapter, and short press releases written for the tests. */
public final class Documents {

    private Documents() {
    }

    /** "Progress in China's Human Rights Cause in 2000", chapter VII, from the shared corpus. */
    public static CatalogDocument whitePaper2000() {
        String text = read("corpus/prc-hr-2000-ch7.txt");
        return document(text, "Progress in China's Human Rights Cause in 2000, VII. Actively Carrying Out International "
                + "Exchanges and Cooperation in the Realm of Human Rights", "2001-04", "http://www.china.org.cn/e-white/");
    }

    /** A press release written for the tests; suffix keeps documents of different test classes apart. */
    public static CatalogDocument pressRelease(String title, String published, String text) {
        return document(text, title, published, "https://example.org/press/" + DocumentIds.of(text));
    }

    public static CatalogDocument document(String text, String title, String published, String source) {
        return new CatalogDocument(DocumentIds.of(text), title, text, source, published, "en", "text/plain",
                "2026-11-27T10:00:00Z");
    }

    private static String read(String relative) {
        String shared = System.getProperty("rapporteur.shared.dir", "/work/shared");
        try {
            return Files.readString(Path.of(shared, relative)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
