package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** MEMBERSHIP: elections of states and persons, with terms as intervals. */
class MembershipGenreTest {

    @Test
    void electionsAndTerms() throws Exception {
        GenreCase.load("membership").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /**
     * "the General Assembly elected A, B ... to serve on the Human Rights Council for three-year terms beginning on 1
     * January 2024" (the Council's members, 2024/2026), "<person> of <state> was elected" (the person), and two
     * ministers who "held talks" with no object (a meeting of the two).
     */
    @Test
    void electedToServeTermsByLengthPersonsOfStatesAndTalksOfTwo() throws Exception {
        GenreCase.load("elections-and-talks").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }
}
