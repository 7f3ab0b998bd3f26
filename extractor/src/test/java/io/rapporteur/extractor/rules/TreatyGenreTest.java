package io.rapporteur.extractor.rules;

import io.rapporteur.extractor.testing.GenreCase;
import org.junit.jupiter.api.Test;

/** TREATY_ACTION in ratification news and REPORT_SUBMISSION in treaty-body texts. */
class TreatyGenreTest {

    @Test
    void ratificationNews() throws Exception {
        GenreCase.load("ratifications").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }

    @Test
    void treatyBodyReports() throws Exception {
        GenreCase.load("treaty-body").findsExactlyTheExpectedFacts().agreesOnStatedSlots().carriesProvenance();
    }
}
