package io.rapporteur.contract.events;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.Span;

import java.util.List;

/** One document's statement of a canonical fact: the source of the fact, with where it says it. */
public record Mention(
        String mentionId,
        String documentId,
        int sentenceIndex,
        Span sentence,
        List<ArgumentSpan> arguments,
        String evidence,
        double confidence,
        String extractorVersion) {
    public Mention {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
