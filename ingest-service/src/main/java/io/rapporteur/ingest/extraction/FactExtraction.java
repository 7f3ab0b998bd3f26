package io.rapporteur.ingest.extraction;

import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractor;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Document in, identified facts out: the one function behind both the extraction worker (which publishes the result)
 * and POST /api/extract (which only shows it), so that the two can never disagree.
 */
@ApplicationScoped
public class FactExtraction {

    private final Extractor extractor;

    FactExtraction(Extractor extractor) {
        this.extractor = extractor;
    }

    public FactsExtracted extract(DocumentSubmitted document) {
        DocumentMetadata metadata = new DocumentMetadata(document.title(), document.published(), document.language());
        List<Fact> facts = extractor.extract(document.text(), metadata);
        return new FactsExtracted(document.documentId(), extractor.version(), Instant.now().toString(),
                MentionIds.assign(document.documentId(), facts));
    }
}
