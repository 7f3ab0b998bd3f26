package io.rapporteur.catalog.entities;

import io.rapporteur.contract.data.DataFiles;

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
        for (String[] cols : DataFiles.rows(EntityLabels.class, resource)) {
            if (cols.length >= 2) {
                labels.putIfAbsent(cols[0].trim(), cols[1].trim());
            }
        }
        return new EntityLabels(Map.copyOf(labels));
    }
}
