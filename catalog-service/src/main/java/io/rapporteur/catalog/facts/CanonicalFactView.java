package io.rapporteur.catalog.facts;

import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.fact.Fact;

import java.util.List;

/** The catalog's own view of a canonical fact: merged state, every source, and the facts it disagrees with. */
public record CanonicalFactView(String id, boolean retracted, Fact fact, List<Mention> mentions,
                                List<String> conflictsWith) {
}
