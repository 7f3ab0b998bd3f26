package io.rapporteur.contract.fact;

import io.rapporteur.contract.data.DataFiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of each fact type, read from the versioned data file {@code fact-schema.tsv}.
 * The date is a key field of every type and the status a non-key field of every type;
 * both live on {@link Fact} itself rather than in this table.
 */
public final class FactSchema {

    private static final FactSchema STANDARD = load();

    private final Map<FactType, List<FieldSpec>> fieldsByType;

    private FactSchema(Map<FactType, List<FieldSpec>> fieldsByType) {
        this.fieldsByType = fieldsByType;
    }

    public static FactSchema standard() {
        return STANDARD;
    }

    /** All listed fields of a type, key fields first in file order. */
    public List<FieldSpec> fields(FactType type) {
        return fieldsByType.getOrDefault(type, List.of());
    }

    public List<FieldSpec> keyFields(FactType type) {
        return fields(type).stream().filter(FieldSpec::key).toList();
    }

    public List<FieldSpec> slotFields(FactType type) {
        return fields(type).stream().filter(f -> !f.key()).toList();
    }

    public Optional<FieldSpec> field(FactType type, String name) {
        return fields(type).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static FactSchema load() {
        Map<FactType, List<FieldSpec>> byType = new EnumMap<>(FactType.class);
        for (String[] cols : DataFiles.rows(FactSchema.class, "/io/rapporteur/contract/fact-schema.tsv")) {
            FactType type = FactType.valueOf(cols[0]);
            FieldSpec spec = new FieldSpec(cols[1], FieldKind.valueOf(cols[2]), cols[3].equals("key"));
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(spec);
        }
        byType.replaceAll((t, specs) -> Collections.unmodifiableList(specs));
        return new FactSchema(byType);
    }
}
