package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** MEETING, AGREEMENT, INVITATION and DECLARATION in news of diplomacy. */
class DiplomacyGenreTest {

    @Test
    void meetingsAgreementsInvitationsDeclarations() throws Exception {
        GenreCase.load("diplomacy").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }
}
