package io.rapporteur.extractor;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.extractor.testing.Gold;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed white-paper chapter against its gold: the bar is F1 >= 0.90 and precision >= 0.95. */
class SeedGoldTest {

    private static final String SEED = "prc-hr-2000-ch7";

    @Test
    void seedChapterMeetsTheBar() throws Exception {
        String text = Gold.corpus(SEED);
        List<Fact> facts = Extractors.standard().extract(text, new DocumentMetadata(null, "2001-04", "en"));
        Gold.Score score = Gold.score(facts, Gold.facts(SEED));
        System.out.println("seed " + SEED + ": " + score.report());
        assertTrue(score.f1() >= 0.90, "F1 below 0.90: " + score.report());
        assertTrue(score.precision() >= 0.95, "precision below 0.95: " + score.report());
    }
}
