package io.rapporteur.contract.fact;

/** One field of a fact type: its JSON name, its shape, and whether it is part of the fact's identity. */
public record FieldSpec(String name, FieldKind kind, boolean key) {
}
