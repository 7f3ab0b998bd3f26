package io.rapporteur.contract.events;

import io.rapporteur.contract.fact.Fact;

import java.util.List;

/**
 * All the facts extracted from one document, in text order ({@link Topics#FACTS}, key = documentId).
 * One record per document makes a document's facts one unit: the catalog replaces them in one transaction.
 * Each fact's id is its mention id (document id + key fields).
 */
public record FactsExtracted(String documentId, String extractorVersion, String extractedAt, List<Fact> facts) {
    public FactsExtracted {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
