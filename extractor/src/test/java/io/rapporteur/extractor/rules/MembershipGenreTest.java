package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** MEMBERSHIP: elections of states and persons, with terms as intervals. */
class MembershipGenreTest {

    @Test
    void electionsAndTerms() throws Exception {
        GenreCase.load("membership").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }
}
