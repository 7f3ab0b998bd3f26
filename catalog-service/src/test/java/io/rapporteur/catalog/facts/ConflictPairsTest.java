package io.rapporteur.catalog.facts;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which pairs of one identity group the set-wise reconciliation wants in conflict. */
class ConflictPairsTest {

    private static Fact round9(String date) {
        return new Fact(null, FactType.EXCHANGE, Map.of("format", "DIALOGUE", "ordinal", 9,
                "participants", List.of(new EntityRef("CHN", "China"), new EntityRef("EU", "EU"))),
                date, null, "e", null, 1.0, null, null);
    }

    @Test
    void everyPairOfIncompatibleDatesIsOneConflictWhateverTheOrder() {
        Map<String, Fact> group = new LinkedHashMap<>();
        group.put("fct-c", round9("2000-09"));
        group.put("fct-a", round9("2000-02"));
        group.put("fct-b", round9("2000"));      // coarser: agrees with a and c, not with d (another year)
        group.put("fct-d", round9("2001-05"));

        Set<Conflicts.Pair> pairs = Conflicts.desiredPairs(ConflictRules.standard(), group);

        assertEquals(Set.of(new Conflicts.Pair("fct-a", "fct-c"), new Conflicts.Pair("fct-a", "fct-d"),
                new Conflicts.Pair("fct-b", "fct-d"), new Conflicts.Pair("fct-c", "fct-d")), pairs);
    }

    @Test
    void aGroupOfOneHasNoConflict() {
        assertEquals(Set.of(), Conflicts.desiredPairs(ConflictRules.standard(), Map.of("fct-a", round9("2000-02"))));
    }

    @Test
    void aPairIsNamedSmallerIdFirst() {
        assertEquals(new Conflicts.Pair("fct-a", "fct-b"), Conflicts.Pair.of("fct-b", "fct-a"));
    }
}
