package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.FactType;

import java.util.List;
import java.util.Map;

/**
 * The scores of a set of documents: per document, and totals (micro-averaged: counts summed over documents).
 *
 * @param unscoredDocuments documents that had predictions but no gold, so could not be scored
 */
public record EvaluationReport(List<DocumentEvaluation> documents, Score total, Map<FactType, Score> totalByType,
                               List<String> unscoredDocuments) {
    public EvaluationReport {
        documents = List.copyOf(documents);
        totalByType = Map.copyOf(totalByType);
        unscoredDocuments = List.copyOf(unscoredDocuments);
    }
}
