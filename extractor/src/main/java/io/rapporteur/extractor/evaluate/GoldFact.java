package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.Fact;

/**
 * A fact of a gold file.
 *
 * @param optional a fact the annotators accept but do not require: finding it is not rewarded, missing it not punished
 */
public record GoldFact(Fact fact, boolean optional) {
}
