package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** VISIT and MEETING in UN press releases: announced, concluded and postponed visits; meetings during a visit. */
class VisitMeetingGenreTest {

    @Test
    void unPressReleaseVisits() throws Exception {
        GenreCase.load("un-visits").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }
}
