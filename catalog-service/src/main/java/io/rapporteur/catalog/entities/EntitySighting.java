package io.rapporteur.catalog.entities;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.contract.ids.TextFolding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity named by one fact: in which field, and how the document wrote it. Places have no id in FACTS.md;
 * the catalog names them {@code place:<country>:<folded-name>} so that they can be counted like the others.
 */
public record EntitySighting(String entityId, String kind, String field, String surfaceForm, String label) {

    public static List<EntitySighting> of(Fact fact) {
        // key (entity, field) once: the same entity twice in one set field is one sighting
        Map<String, EntitySighting> sightings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : fact.fields().entrySet()) {
            String field = entry.getKey();
            List<Object> values = entry.getValue() instanceof List<?> list ? new ArrayList<>(list) : List.of(entry.getValue());
            for (Object value : values) {
                EntitySighting sighting = null;
                if (value instanceof EntityRef ref) {
                    sighting = new EntitySighting(ref.id(), EntityKinds.standard().kindOf(ref.id()), field, ref.text(),
                            EntityLabels.standard().labelOf(ref.id()).orElse(ref.text()));
                } else if (value instanceof Place place && place.name() != null && !place.name().isBlank()) {
                    String id = placeId(place);
                    sighting = new EntitySighting(id, EntityKinds.standard().kindOf(id), field, place.name(), place.name());
                }
                if (sighting != null) {
                    sightings.putIfAbsent(sighting.entityId() + "|" + field, sighting);
                }
            }
        }
        return List.copyOf(sightings.values());
    }

    static String placeId(Place place) {
        String slug = TextFolding.fold(place.name()).replace(' ', '-');
        return place.country() == null || place.country().isBlank()
                ? "place:" + slug
                : "place:" + place.country() + ":" + slug;
    }
}
