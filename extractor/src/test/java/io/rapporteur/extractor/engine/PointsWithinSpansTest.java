package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PointsWithinSpansTest {

    private static final String SPAN = "President Xi Jinping paid a state visit to France from 24 to 26 March 2019.";

    @Test
    void aDayInsideTheSpanOfTheSameVisitIsThatVisit() {
        List<Fact> visits = visits(SPAN + "\n\nXi Jinping arrived in Paris on 25 March 2019 for a state visit to France.");
        assertEquals(1, visits.size(), visits.toString());
        assertEquals("2019-03-24/2019-03-26", visits.get(0).date());
    }

    @Test
    void aDayOutsideTheSpanOrAnotherDestinationIsAnotherVisit() {
        assertEquals(2, visits(SPAN + "\n\nXi Jinping visited France again on 2 April 2019.").size());
        assertEquals(2, visits(SPAN + "\n\nXi Jinping visited Italy on 25 March 2019.").size());
    }

    private static List<Fact> visits(String text) {
        return Extractors.standard().extract(text, DocumentMetadata.NONE).stream()
                .filter(fact -> fact.type() == FactType.VISIT)
                .toList();
    }
}
