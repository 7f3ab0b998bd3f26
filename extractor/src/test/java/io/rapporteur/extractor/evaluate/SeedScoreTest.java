package io.rapporteur.extractor.evaluate;

import io.rapporteur.extractor.Extractors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality bar of the extractor on the shared seed corpus, scored by the rules of FACTS.md:
 * F1 at least 0.90 and precision at least 0.95 over all gold documents that have a corpus document.
 */
class SeedScoreTest {

    private static final double MIN_F1 = 0.90;
    private static final double MIN_PRECISION = 0.95;

    @Test
    void theStandardExtractorMeetsTheBarOnTheSeedCorpus() throws IOException {
        Path shared = SharedDir.locate();
        CorpusEvaluator.Result result = CorpusEvaluator.evaluate(Extractors.standard(),
                shared.resolve("corpus"), shared.resolve("gold"));
        EvaluationReport report = result.report();
        String rendered = ReportRenderer.render(report, true);
        System.out.println(rendered);

        assertTrue(!report.documents().isEmpty(), "no gold document had a corpus document");
        assertTrue(result.goldWithoutDocument().isEmpty(),
                "gold files without a corpus document: " + result.goldWithoutDocument());
        Score total = report.total();
        assertTrue(total.f1() >= MIN_F1, String.format("F1 %.3f < %.2f%n%s", total.f1(), MIN_F1, rendered));
        assertTrue(total.precision() >= MIN_PRECISION,
                String.format("precision %.3f < %.2f%n%s", total.precision(), MIN_PRECISION, rendered));
    }
}
