package io.rapporteur.contract.fact;

import java.util.List;

/** Where a fact comes from: the sentence (index and span) and the span of each argument mention. */
public record Provenance(int sentenceIndex, Span sentence, List<ArgumentSpan> arguments) {
    public Provenance {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
