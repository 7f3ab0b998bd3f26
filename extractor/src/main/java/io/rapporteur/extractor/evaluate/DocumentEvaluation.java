package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;

import java.util.List;
import java.util.Map;

/**
 * The score of one document, in all and per fact type, with what went wrong.
 *
 * @param misses         non-optional gold facts no prediction matched (the false negatives)
 * @param extras         predictions that matched no gold fact (the false positives)
 * @param slotMismatches non-key fields that differ in matched pairs
 */
public record DocumentEvaluation(String document, Score total, Map<FactType, Score> byType,
                                 List<Fact> misses, List<Fact> extras, List<SlotMismatch> slotMismatches) {
    public DocumentEvaluation {
        byType = Map.copyOf(byType);
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        slotMismatches = List.copyOf(slotMismatches);
    }
}
