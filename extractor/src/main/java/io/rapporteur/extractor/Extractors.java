package io.rapporteur.extractor;

import io.rapporteur.extractor.engine.RuleBasedExtractor;
import io.rapporteur.extractor.kb.KnowledgeBase;

/** Where callers get an extractor. */
public final class Extractors {

    private Extractors() {
    }

    /**
     * The standard rule-based extractor over the bundled knowledge base. Loaded once on first use; thread-safe and
     * reusable, so a Kafka worker and REST requests can share it.
     */
    public static Extractor standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        private static final Extractor STANDARD = new RuleBasedExtractor(KnowledgeBase.load());
    }
}
