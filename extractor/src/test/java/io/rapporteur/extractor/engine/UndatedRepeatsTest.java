package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UndatedRepeatsTest {

    private static final String HEADLINE = "Fiji ratifies the Optional Protocol to the Convention against Torture";
    private static final String DATED = "The Government of Fiji deposited its instrument of ratification of the Optional "
            + "Protocol to the Convention against Torture on 4 November 2024.";

    @Test
    void aHeadlineRepeatingADatedTreatyActionIsOneFact() {
        List<Fact> ratifications = ratifications(HEADLINE + "\n\nSUVA - " + DATED);
        assertEquals(1, ratifications.size(), ratifications.toString());
        assertEquals("2024-11-04", ratifications.get(0).date());
        assertEquals("treaty:OP-CAT", ratifications.get(0).entity("treaty").id());
    }

    @Test
    void anUndatedTreatyActionWithoutADatedTwinStays() {
        List<Fact> ratifications = ratifications(HEADLINE + "\n\nThe Government welcomed the step.");
        assertEquals(1, ratifications.size(), ratifications.toString());
        assertNull(ratifications.get(0).date());
    }

    private static List<Fact> ratifications(String text) {
        return Extractors.standard().extract(text, DocumentMetadata.NONE).stream()
                .filter(fact -> fact.type() == FactType.TREATY_ACTION)
                .toList();
    }
}
