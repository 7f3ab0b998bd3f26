package io.rapporteur.ingest.extraction;

import io.rapporteur.extractor.Extractor;
import io.rapporteur.extractor.Extractors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The extractor the service runs: the standard rule-based one. It is immutable and thread-safe, so the worker and
 * the HTTP threads share one instance (its knowledge base is loaded once).
 */
@ApplicationScoped
public class ExtractorProducer {

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return Extractors.standard();
    }
}
