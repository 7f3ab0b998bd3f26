package io.rapporteur.contract.fact;

/** Where one argument of a fact (a field, or one member of a set field) is mentioned in the text. */
public record ArgumentSpan(String field, String entityId, Span span) {
}
