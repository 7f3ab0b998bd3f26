package io.rapporteur.catalog.facts;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactSchema;
import io.rapporteur.contract.fact.FieldSpec;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the mentions of one canonical fact into the fact the catalog states. All mentions agree on the key fields
 * (that is what makes them one canonical fact); for every other field the most confident mention that gives a value
 * wins, ties broken by mention id so that the result never depends on arrival order.
 */
public final class CanonicalMerge {

    /** Most confident first, then by mention id: a total, arrival-independent order. */
    public static final Comparator<Fact> PRECEDENCE = Comparator.comparingDouble(Fact::confidence).reversed()
            .thenComparing(f -> f.id() == null ? "" : f.id());

    private CanonicalMerge() {
    }

    /**
     * @param canonicalId the id the merged fact takes
     * @param mentions    the facts as each document states them (id = mention id); not empty
     */
    public static Fact merge(String canonicalId, List<Fact> mentions) {
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a canonical fact needs at least one mention");
        }
        List<Fact> ordered = mentions.stream().sorted(PRECEDENCE).toList();
        Fact best = ordered.get(0);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldSpec spec : FactSchema.standard().fields(best.type())) {
            for (Fact fact : ordered) {
                Object value = fact.field(spec.name());
                if (value != null) {
                    fields.put(spec.name(), value);
                    break;
                }
            }
        }
        String cameo = ordered.stream().map(Fact::cameo).filter(c -> c != null).findFirst().orElse(null);
        // provenance is per mention: the canonical fact has none of its own
        return new Fact(canonicalId, best.type(), fields, best.date(), best.status(), best.evidence(), null,
                best.confidence(), cameo, best.extractorVersion());
    }
}
