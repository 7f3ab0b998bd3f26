package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** MEETING, AGREEMENT, INVITATION and DECLARATION in news of diplomacy. */
class DiplomacyGenreTest {

    @Test
    void meetingsAgreementsInvitationsDeclarations() throws Exception {
        GenreCase.load("diplomacy").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    /** Programmes and agreements: "a programme of cooperation", a titled agreement, and a plan whose years are no date. */
    @Test
    void programmesAgreementsAndPlanYears() throws Exception {
        GenreCase.load("agreements-more").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }
}
