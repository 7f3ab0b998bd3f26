package io.rapporteur.contract.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the versioned tab-separated data files that hold the project's knowledge (fact schema, entity kinds, conflict
 * rules, treaty standings...): one row a line, columns split on tabs, blank lines and {@code #} comments skipped.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * The rows of a classpath resource, resolved as {@link Class#getResourceAsStream} does for {@code anchor}
     * (a name without a leading slash is relative to the anchor's package).
     */
    public static List<String[]> rows(Class<?> anchor, String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
        return rows;
    }
}
