package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted facts against gold by the rules of FACTS.md "Scoring":
 * <ul>
 *   <li>a prediction matches a gold fact when the type and every key field are equal, as
 *       {@link FactIdentity#canonicalKey} compares them (sets as sets of ids, dates as strings, free text folded);</li>
 *   <li>each gold fact matches at most one prediction, so a repeated prediction is a false positive;</li>
 *   <li>optional gold facts neither reward nor punish: the prediction matching one is not a false positive, missing
 *       one is not a false negative;</li>
 *   <li>slot accuracy is the share of non-key fields (the schema's slot fields and the status) that are equal among
 *       matched pairs, counting only fields present in the gold fact or the prediction.</li>
 * </ul>
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * @param predicted facts per document name
     * @param gold      gold per document name; only these documents are scored, a document without predictions
     *                  scores as if nothing was predicted
     */
    public static EvaluationReport evaluate(Map<String, List<Fact>> predicted, Map<String, GoldDocument> gold) {
        List<DocumentEvaluation> documents = new ArrayList<>();
        Score total = Score.ZERO;
        Map<FactType, Score> totalByType = new EnumMap<>(FactType.class);
        for (GoldDocument document : new TreeMap<>(gold).values()) {
            DocumentEvaluation evaluation = evaluateDocument(document.name(),
                    predicted.getOrDefault(document.name(), List.of()), document.facts());
            documents.add(evaluation);
            total = total.plus(evaluation.total());
            evaluation.byType().forEach((type, score) -> totalByType.merge(type, score, Score::plus));
        }
        List<String> unscored = predicted.keySet().stream().filter(name -> !gold.containsKey(name)).sorted().toList();
        return new EvaluationReport(documents, total, totalByType, unscored);
    }

    static DocumentEvaluation evaluateDocument(String name, List<Fact> predictions, List<GoldFact> goldFacts) {
        Map<String, List<Fact>> predictionsByKey = new LinkedHashMap<>();
        for (Fact prediction : predictions) {
            predictionsByKey.computeIfAbsent(FactIdentity.canonicalKey(prediction), k -> new ArrayList<>()).add(prediction);
        }
        // Required gold facts claim predictions first: an optional twin must not take the prediction a required one needs.
        List<GoldFact> claimOrder = goldFacts.stream()
                .sorted(Comparator.comparing(GoldFact::optional))
                .toList();

        Map<FactType, Counter> counters = new EnumMap<>(FactType.class);
        List<Fact> misses = new ArrayList<>();
        List<SlotMismatch> slotMismatches = new ArrayList<>();
        Set<Fact> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GoldFact goldFact : claimOrder) {
            Fact gold = goldFact.fact();
            Counter counter = counters.computeIfAbsent(gold.type(), t -> new Counter());
            List<Fact> candidates = predictionsByKey.getOrDefault(FactIdentity.canonicalKey(gold), new ArrayList<>());
            Fact partner = bestBySlots(gold, candidates);
            if (partner == null) {
                if (!goldFact.optional()) {
                    counter.falseNegatives++;
                    misses.add(gold);
                }
                continue;
            }
            candidates.remove(partner);
            consumed.add(partner);
            if (goldFact.optional()) {
                counter.optionalMatched++;
                continue;
            }
            counter.truePositives++;
            for (String field : SlotValues.slotFields(gold)) {
                Object goldValue = SlotValues.value(gold, field);
                Object predictedValue = SlotValues.value(partner, field);
                if (goldValue == null && predictedValue == null) {
                    continue;
                }
                counter.slotsCompared++;
                if (SlotValues.equal(goldValue, predictedValue)) {
                    counter.slotsEqual++;
                } else {
                    slotMismatches.add(new SlotMismatch(gold, partner, field, goldValue, predictedValue));
                }
            }
        }
        // identity, not equality: of two identical predictions one may be matched and the other an extra
        List<Fact> extras = predictions.stream().filter(p -> !consumed.contains(p)).toList();
        for (Fact extra : extras) {
            counters.computeIfAbsent(extra.type(), t -> new Counter()).falsePositives++;
        }

        Map<FactType, Score> byType = new EnumMap<>(FactType.class);
        Score total = Score.ZERO;
        for (Map.Entry<FactType, Counter> entry : counters.entrySet()) {
            Score score = entry.getValue().score();
            byType.put(entry.getKey(), score);
            total = total.plus(score);
        }
        return new DocumentEvaluation(name, total, byType, misses, extras, slotMismatches);
    }

    /** Among predictions with the gold fact's key, the one that agrees on most non-key fields (the first on a tie). */
    private static Fact bestBySlots(Fact gold, List<Fact> candidates) {
        Fact best = null;
        int bestEqual = -1;
        for (Fact candidate : candidates) {
            int equal = 0;
            for (String field : SlotValues.slotFields(gold)) {
                Object goldValue = SlotValues.value(gold, field);
                if (goldValue != null && SlotValues.equal(goldValue, SlotValues.value(candidate, field))) {
                    equal++;
                }
            }
            if (equal > bestEqual) {
                best = candidate;
                bestEqual = equal;
            }
        }
        return best;
    }

    /** Mutable tallies while one document is scored. */
    private static final class Counter {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int optionalMatched;
        int slotsEqual;
        int slotsCompared;

        Score score() {
            return new Score(truePositives, falsePositives, falseNegatives, optionalMatched, slotsEqual, slotsCompared);
        }
    }
}
