package io.rapporteur.catalog.facts;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Place;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CanonicalMergeTest {

    private static Fact exchange(String mentionId, double confidence, String topic, Place place, String participantText) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("format", "DIALOGUE");
        fields.put("participants", List.of(new EntityRef("CHN", "China"), new EntityRef("GBR", participantText)));
        fields.put("ordinal", 9);
        if (topic != null) {
            fields.put("topic", topic);
        }
        if (place != null) {
            fields.put("place", place);
        }
        return new Fact(mentionId, FactType.EXCHANGE, fields, "2000-02", null, "evidence of " + mentionId, null,
                confidence, null, "x-1");
    }

    @Test
    void theMostConfidentMentionWinsAndOthersFillTheGaps() {
        Fact sure = exchange("mnt-b", 0.9, "human rights", null, "the United Kingdom");
        Fact unsure = exchange("mnt-a", 0.6, "judicial", new Place("Beijing", "CHN"), "UK");

        Fact merged = CanonicalMerge.merge("fct-1", List.of(unsure, sure));

        assertEquals("fct-1", merged.id());
        assertEquals("human rights", merged.text("topic"));
        assertEquals(new Place("Beijing", "CHN"), merged.field("place"));
        assertEquals("the United Kingdom", merged.entities("participants").get(1).text());
        assertEquals("evidence of mnt-b", merged.evidence());
        assertEquals(0.9, merged.confidence());
        assertNull(merged.provenance());
    }

    @Test
    void arrivalOrderDoesNotMatter() {
        Fact a = exchange("mnt-a", 0.8, "human rights", null, "Britain");
        Fact b = exchange("mnt-b", 0.8, "judicial", null, "UK");
        assertEquals(CanonicalMerge.merge("fct-1", List.of(a, b)), CanonicalMerge.merge("fct-1", List.of(b, a)));
        assertEquals("human rights", CanonicalMerge.merge("fct-1", List.of(b, a)).text("topic"));
    }

    @Test
    void aFactNeedsAMention() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalMerge.merge("fct-1", List.of()));
    }
}
