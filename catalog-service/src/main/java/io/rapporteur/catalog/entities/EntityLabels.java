package io.rapporteur.catalog.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The English name of the entities we know of ({@code entity-labels.tsv}: states, bodies, treaties). */
public final class EntityLabels {

    private static final EntityLabels STANDARD = load("/io/rapporteur/catalog/entity-labels.tsv");

    private final Map<String, String> labels;

    private EntityLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public static EntityLabels standard() {
        return STANDARD;
    }

    public Optional<String> labelOf(String entityId) {
        return Optional.ofNullable(labels.get(entityId));
    }

    static EntityLabels load(String resource) {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = EntityLabels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 2) {
                    labels.putIfAbsent(cols[0].trim(), cols[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EntityLabels(Map.copyOf(labels));
    }
}
