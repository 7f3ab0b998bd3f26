package io.rapporteur.catalog.facts;

import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.Provenance;

/** A document's fact seen as a source of the canonical fact. */
public final class Mentions {

    private Mentions() {
    }

    /** @param fact the fact as the document states it, its id the mention id */
    public static Mention of(String documentId, Fact fact) {
        Provenance provenance = fact.provenance();
        return new Mention(fact.id(), documentId,
                provenance == null ? -1 : provenance.sentenceIndex(),
                provenance == null ? null : provenance.sentence(),
                provenance == null ? null : provenance.arguments(),
                fact.evidence(), fact.confidence(), fact.extractorVersion());
    }
}
