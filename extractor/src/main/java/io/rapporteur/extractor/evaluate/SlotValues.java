package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactSchema;
import io.rapporteur.contract.fact.FieldSpec;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.contract.ids.TextFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares the non-key fields of a matched pair with the folding FACTS.md applies to key fields (and that
 * {@link io.rapporteur.contract.ids.FactIdentity} implements): entities by id, sets as sets of ids, places by folded
 * name and country, free text folded, report ordinals regardless of order.
 */
final class SlotValues {

    /** The status is a non-key field of every type; it lives on Fact itself rather than in the schema. */
    static final String STATUS = "status";

    private SlotValues() {
    }

    /** The non-key fields of a fact's type: the schema's slot fields, then the status. */
    static List<String> slotFields(Fact fact) {
        List<String> names = new ArrayList<>();
        for (FieldSpec spec : FactSchema.standard().slotFields(fact.type())) {
            names.add(spec.name());
        }
        names.add(STATUS);
        return names;
    }

    static Object value(Fact fact, String field) {
        return STATUS.equals(field) ? fact.status() : fact.field(field);
    }

    static boolean equal(Object gold, Object predicted) {
        return Objects.equals(canonical(gold), canonical(predicted));
    }

    private static Object canonical(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof EntityRef ref) {
            return ref.id();
        }
        if (value instanceof Place place) {
            return TextFolding.fold(place.name()) + "@" + (place.country() == null ? "" : place.country());
        }
        if (value instanceof String text) {
            return TextFolding.fold(text);
        }
        if (value instanceof List<?> list) {
            // entity sets are sets; report ordinals [8, 9] and [9, 8] name the same reports
            TreeSet<String> items = new TreeSet<>();
            for (Object item : list) {
                items.add(String.valueOf(canonical(item)));
            }
            return items;
        }
        return value;
    }
}
