package io.rapporteur.catalog.facts;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictRulesTest {

    private static final ConflictRules RULES = ConflictRules.standard();

    private static Fact exchange(Integer ordinal, String date) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("format", "DIALOGUE");
        fields.put("participants", List.of(new EntityRef("CHN", "China"), new EntityRef("GBR", "Britain")));
        if (ordinal != null) {
            fields.put("ordinal", ordinal);
        }
        return new Fact(null, FactType.EXCHANGE, fields, date, null, "e", null, 1.0, null, null);
    }

    private static Fact report(List<Integer> reports, String date) {
        return new Fact(null, FactType.REPORT_SUBMISSION, Map.of("actor", new EntityRef("CHN", "China"),
                "treaty", new EntityRef("treaty:CAT", "CAT"), "reports", reports), date, null, "e", null, 1.0, null, null);
    }

    @Test
    void theSameNumberedRoundOnTwoDatesIsAConflict() {
        assertTrue(RULES.disagree(exchange(9, "2000-02"), exchange(9, "2000-09")));
    }

    @Test
    void unnumberedRoundsInTwoYearsAreTwoRounds() {
        assertFalse(RULES.disagree(exchange(null, "2001"), exchange(null, "2002")));
    }

    @Test
    void aCoarserDateIsNotADisagreement() {
        assertFalse(RULES.disagree(exchange(9, "2000"), exchange(9, "2000-02")));
        assertFalse(RULES.disagree(exchange(9, null), exchange(9, "2000-02")));
    }

    @Test
    void reportsConflictOnlyWhenTheyAreTheSameNumberedReport() {
        assertTrue(RULES.disagree(report(List.of(3), "1999"), report(List.of(3), "2000")));
        assertFalse(RULES.disagree(report(List.of(3), "1999"), report(List.of(4), "2000")));
        assertFalse(RULES.disagree(report(List.of(), "1999"), report(List.of(), "2000")));
    }

    @Test
    void visitsRecur() {
        Map<String, Object> fields = Map.of("visitor", new EntityRef("person:mary-robinson", "Mary Robinson"),
                "destination", new EntityRef("CHN", "China"));
        assertFalse(RULES.disagree(new Fact(null, FactType.VISIT, fields, "1998-09", null, "e", null, 1, null, null),
                new Fact(null, FactType.VISIT, fields, "2000-03", null, "e", null, 1, null, null)));
    }
}
