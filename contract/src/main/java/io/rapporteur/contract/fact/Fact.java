package io.rapporteur.contract.fact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fact of FACTS.md as it travels between the services.
 *
 * <p>{@code fields} holds the type's own fields by their JSON name (see {@link FactSchema}); values are
 * {@link EntityRef}, {@code List<EntityRef>}, {@link Place}, {@link String}, {@link Integer} or
 * {@code List<Integer>}, according to the field's {@link FieldKind}. A field the text does not give is absent.
 *
 * @param id               deterministic id: null as the extractor returns it, set by ingest (document id + key fields)
 *                         or by the catalog (canonical id, key fields only); see {@link io.rapporteur.contract.ids.FactIdentity}
 * @param date             ISO 8601 date or interval at the precision the text gives, or null
 * @param status           null when reported as held; PLANNED, POSTPONED or CANCELLED otherwise
 * @param evidence         the sentence, exactly as in the document
 * @param provenance       sentence index and spans; null for facts not read from a text (gold files)
 * @param confidence       0..1
 * @param cameo            CAMEO event code where one applies (042, 043, 040, 046, 057...), else null
 * @param extractorVersion version of the extractor that produced it, null for gold facts
 */
@JsonSerialize(using = FactJsonSerializer.class)
@JsonDeserialize(using = FactJsonDeserializer.class)
public record Fact(
        String id,
        FactType type,
        Map<String, Object> fields,
        String date,
        String status,
        String evidence,
        Provenance provenance,
        double confidence,
        String cameo,
        String extractorVersion) {

    public Fact {
        if (type == null) {
            throw new IllegalArgumentException("a fact needs a type");
        }
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Fact withId(String newId) {
        return new Fact(newId, type, fields, date, status, evidence, provenance, confidence, cameo, extractorVersion);
    }

    /** The same fact dated otherwise (its id, made of its key fields and date, left to be set again). */
    public Fact withDate(String newDate) {
        return new Fact(null, type, fields, newDate, status, evidence, provenance, confidence, cameo, extractorVersion);
    }

    public Object field(String name) {
        return fields.get(name);
    }

    public EntityRef entity(String name) {
        return fields.get(name) instanceof EntityRef ref ? ref : null;
    }

    @SuppressWarnings("unchecked")
    public List<EntityRef> entities(String name) {
        return fields.get(name) instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof EntityRef)
                ? (List<EntityRef>) list : List.of();
    }

    public String text(String name) {
        return fields.get(name) instanceof String s ? s : null;
    }

    /** Every entity the fact names, in any role, in field order. */
    public List<EntityRef> allEntities() {
        List<EntityRef> all = new ArrayList<>();
        for (Object value : fields.values()) {
            if (value instanceof EntityRef ref) {
                all.add(ref);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof EntityRef ref) {
                        all.add(ref);
                    }
                }
            }
        }
        return all;
    }
}
