package io.rapporteur.catalog.entities;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Place;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntitySightingTest {

    @Test
    void kindsFollowTheIdForms() {
        EntityKinds kinds = EntityKinds.standard();
        assertEquals("state", kinds.kindOf("CHN"));
        assertEquals("body", kinds.kindOf("org:OHCHR"));
        assertEquals("body", kinds.kindOf("org:CHN-MFA"));
        assertEquals("treaty", kinds.kindOf("treaty:CRC-OPSC"));
        assertEquals("person", kinds.kindOf("person:mary-robinson"));
        assertEquals("place", kinds.kindOf("place:CHN:beijing"));
        assertEquals("other", kinds.kindOf("chn"));
    }

    @Test
    void everyEntityOfAFactIsSightedWithItsFieldSurfaceFormAndLabel() {
        Fact fact = new Fact(null, FactType.EXCHANGE, Map.of(
                "format", "DIALOGUE",
                "participants", List.of(new EntityRef("CHN", "Chinese"), new EntityRef("org:OHCHR", "the OHCHR")),
                "place", new Place("Beijing", "CHN")), "2000", null, "e", null, 1, null, null);

        List<EntitySighting> sightings = EntitySighting.of(fact);

        assertEquals(List.of(
                new EntitySighting("CHN", "state", "participants", "Chinese", "China"),
                new EntitySighting("org:OHCHR", "body", "participants", "the OHCHR",
                        "Office of the United Nations High Commissioner for Human Rights"),
                new EntitySighting("place:CHN:beijing", "place", "place", "Beijing", "Beijing")),
                sightings.stream().sorted(Comparator.comparing(EntitySighting::field).thenComparing(EntitySighting::entityId)).toList());
    }
}
