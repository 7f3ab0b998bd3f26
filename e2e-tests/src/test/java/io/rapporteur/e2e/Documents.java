package io.rapporteur.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** The documents the end-to-end tests submit: the seed from shared/, and short texts of the genre written for them. */
final class Documents {

    private Documents() {
    }

    static String seed() throws IOException {
        return Files.readString(Pipeline.sharedDir().resolve("corpus/prc-hr-2000-ch7.txt"));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Documents.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IOException("no test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
