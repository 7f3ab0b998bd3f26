package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.Fact;

/** A non-key field on which a matched prediction differs from its gold fact. Values are as in the facts, null if absent. */
public record SlotMismatch(Fact gold, Fact predicted, String field, Object goldValue, Object predictedValue) {
}
