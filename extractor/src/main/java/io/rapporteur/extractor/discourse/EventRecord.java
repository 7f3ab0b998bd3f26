package io.rapporteur.extractor.discourse;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event a document has reported, kept so that later references ("the symposium", "during her stay",
 * "the next round", "the Memorandum") can take its name and date.
 *
 * @param kind     the exchange format (SYMPOSIUM...), or VISIT, AGREEMENT
 * @param fact     the fact that reported it
 * @param fullName the event's name at its fullest, with its ordinal word when that is part of the title
 * @param sentence  index of the sentence that reported it: references reach only a few sentences back
 * @param paragraph its paragraph: references do not cross paragraphs
 */
public record EventRecord(String kind, Fact fact, String fullName, int sentence, int paragraph) {

    /** Whether the two events were held by the same sides, whatever the order or the words that named them. */
    public boolean sameSidesAs(EventRecord other) {
        return sideIds().equals(other.sideIds());
    }

    private Set<String> sideIds() {
        return fact.entities("participants").stream().map(EntityRef::id).collect(Collectors.toSet());
    }
}
