package io.rapporteur.extractor.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.fact.FactType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-written gold and predictions; every expected number is worked out in the comments. */
class EvaluatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ICESCR_SIGNED = """
            {"type": "TREATY_ACTION", "action": "SIGNATURE", "actor": {"id": "CHN", "text": "The Chinese government"},
             "treaty": {"id": "treaty:ICESCR", "text": "ICESCR"}, "date": "1997-10",
             "evidence": "The Chinese government signed the ICESCR and the ICCPR in October 1997 and October 1998, respectively."}""";
    private static final String ICCPR_SIGNED = """
            {"type": "TREATY_ACTION", "action": "SIGNATURE", "actor": {"id": "CHN", "text": "The Chinese government"},
             "treaty": {"id": "treaty:ICCPR", "text": "ICCPR"}, "date": "1998-10",
             "evidence": "The Chinese government signed the ICESCR and the ICCPR in October 1997 and October 1998, respectively."}""";
    private static final String ICESCR_RATIFIED = """
            {"type": "TREATY_ACTION", "action": "RATIFICATION", "actor": {"id": "CHN"}, "treaty": {"id": "treaty:ICESCR"},
             "date": "2001-02-28", "evidence": "On February 28, 2001, the former covenant was ratified."}""";
    private static final String NINTH_DIALOGUE = """
            {"type": "EXCHANGE", "format": "DIALOGUE", "participants": [{"id": "CHN"}, {"id": "GBR"}], "ordinal": 9,
             "topic": "human rights", "place": {"name": "Beijing", "country": "CHN"}, "date": "2000-02",
             "evidence": "The ninth China-UK dialogue on human rights was held in Beijing in February 2000."}""";
    /** Same key as NINTH_DIALOGUE: the set in the other order; topic differs only in case and punctuation. */
    private static final String NINTH_DIALOGUE_REORDERED = """
            {"type": "EXCHANGE", "format": "DIALOGUE", "participants": [{"id": "GBR"}, {"id": "CHN"}], "ordinal": 9,
             "topic": "Human  Rights!", "place": {"name": "BEIJING", "country": "CHN"}, "date": "2000-02",
             "evidence": "The ninth China-UK dialogue on human rights was held in Beijing in February 2000."}""";
    private static final String ROBINSON_VISIT = """
            {"type": "VISIT", "visitor": {"id": "person:mary-robinson"}, "destination": {"id": "CHN"}, "date": "2000-03",
             "evidence": "Mary Robinson visited China in March 2000."}""";
    private static final String RACISM_CONFERENCE = """
            {"type": "ATTENDANCE", "attendee": {"id": "CHN"}, "event": "World Conference against Racism",
             "role": "spoke", "date": "2001", "evidence": "China spoke at the World Conference against Racism in 2001."}""";
    /** Same key as RACISM_CONFERENCE once folded; its role differs. */
    private static final String RACISM_CONFERENCE_SHOUTED = """
            {"type": "ATTENDANCE", "attendee": {"id": "CHN"}, "event": "WORLD CONFERENCE AGAINST RACISM.",
             "role": "gave a speech", "date": "2001", "evidence": "China spoke at the World Conference against Racism in 2001."}""";

    @Test
    void scoresAMixedDocumentByTheRulesOfFactsMd() {
        List<GoldFact> gold = List.of(
                required(ICESCR_SIGNED), required(ICCPR_SIGNED), required(NINTH_DIALOGUE),
                optional(ROBINSON_VISIT), required(RACISM_CONFERENCE));
        List<Fact> predicted = List.of(
                fact(ICESCR_SIGNED),              // TP
                fact(ICESCR_SIGNED),              // FP: the gold fact is already matched
                fact(NINTH_DIALOGUE_REORDERED),   // TP: sets as sets; slots topic and place equal after folding
                fact(ROBINSON_VISIT),             // matches an optional fact: neither TP nor FP
                fact(RACISM_CONFERENCE_SHOUTED),  // TP: event folded; role differs
                fact(ICESCR_RATIFIED));           // FP: not in gold
        // ICCPR_SIGNED is missed: FN

        EvaluationReport report = Evaluator.evaluate(Map.of("d1", predicted), Map.of("d1", document("d1", gold)));

        Score total = report.total();
        assertEquals(new Score(3, 2, 1, 1, 2, 3), total);
        assertEquals(0.6, total.precision(), 1e-9);          // 3 / (3 + 2)
        assertEquals(0.75, total.recall(), 1e-9);            // 3 / (3 + 1)
        assertEquals(2 * 0.6 * 0.75 / 1.35, total.f1(), 1e-9);
        // slots: ICESCR pair has none present; dialogue topic + place equal (2/2); conference role differs (0/1)
        assertEquals(2.0 / 3, total.slotAccuracy(), 1e-9);

        DocumentEvaluation document = report.documents().get(0);
        assertEquals(new Score(1, 2, 1, 0, 0, 0), document.byType().get(FactType.TREATY_ACTION));
        assertEquals(new Score(1, 0, 0, 0, 2, 2), document.byType().get(FactType.EXCHANGE));
        assertEquals(new Score(0, 0, 0, 1, 0, 0), document.byType().get(FactType.VISIT));
        assertEquals(new Score(1, 0, 0, 0, 0, 1), document.byType().get(FactType.ATTENDANCE));
        assertEquals(List.of(fact(ICCPR_SIGNED)), document.misses());
        assertEquals(List.of(fact(ICESCR_SIGNED), fact(ICESCR_RATIFIED)), document.extras());
        assertEquals(1, document.slotMismatches().size());
        SlotMismatch mismatch = document.slotMismatches().get(0);
        assertEquals("role", mismatch.field());
        assertEquals("spoke", mismatch.goldValue());
        assertEquals("gave a speech", mismatch.predictedValue());
        assertEquals(report.total(), report.totalByType().values().stream().reduce(Score.ZERO, Score::plus));
    }

    @Test
    void missingAnOptionalFactCostsNothingButRepeatingItIsAFalsePositive() {
        List<GoldFact> gold = List.of(required(ICESCR_SIGNED), optional(ROBINSON_VISIT));
        Score onlyRequired = score(gold, List.of(fact(ICESCR_SIGNED)));
        assertEquals(new Score(1, 0, 0, 0, 0, 0), onlyRequired);
        assertEquals(1.0, onlyRequired.f1(), 1e-9);

        Score optionalTwice = score(gold, List.of(fact(ICESCR_SIGNED), fact(ROBINSON_VISIT), fact(ROBINSON_VISIT)));
        assertEquals(new Score(1, 1, 0, 1, 0, 0), optionalTwice);
        assertEquals(0.5, optionalTwice.precision(), 1e-9);
    }

    @Test
    void aRequiredGoldFactClaimsThePredictionBeforeAnOptionalTwin() {
        // the same fact annotated twice, once optional (listed first): the single prediction must count as a TP
        Score score = score(List.of(optional(ICESCR_SIGNED), required(ICESCR_SIGNED)), List.of(fact(ICESCR_SIGNED)));
        assertEquals(new Score(1, 0, 0, 0, 0, 0), score);
    }

    @Test
    void ofTwoPredictionsOfOneFactTheOneWithBetterSlotsIsPaired() {
        String wrongTopic = NINTH_DIALOGUE.replace("\"human rights\"", "\"judicial\"");
        Score score = score(List.of(required(NINTH_DIALOGUE)), List.of(fact(wrongTopic), fact(NINTH_DIALOGUE)));
        // TP 1, FP 1 (the other copy); slots of the better copy: topic and place equal (2/2)
        assertEquals(new Score(1, 1, 0, 0, 2, 2), score);
    }

    @Test
    void datesAreComparedAsStringsAtTheirPrecision() {
        String moreExact = ICESCR_SIGNED.replace("\"1997-10\"", "\"1997-10-01\"");
        assertEquals(new Score(0, 1, 1, 0, 0, 0), score(List.of(required(ICESCR_SIGNED)), List.of(fact(moreExact))));
    }

    @Test
    void theStatusIsANonKeySlot() {
        String planned = NINTH_DIALOGUE.replace("\"date\": \"2000-02\"", "\"date\": \"2000-02\", \"status\": \"PLANNED\"");
        // key equal, so a TP; slots: topic, place equal, status PLANNED vs absent -> 2/3
        assertEquals(new Score(1, 0, 0, 0, 2, 3), score(List.of(required(planned)), List.of(fact(NINTH_DIALOGUE))));
    }

    @Test
    void aDocumentWithoutPredictionsHasRecallZeroAndPrecisionOne() {
        EvaluationReport report = Evaluator.evaluate(Map.of("other", List.of(fact(ICESCR_SIGNED))),
                Map.of("d1", document("d1", List.of(required(ICESCR_SIGNED), required(ICCPR_SIGNED)))));
        assertEquals(new Score(0, 0, 2, 0, 0, 0), report.total());
        assertEquals(1.0, report.total().precision(), 1e-9);
        assertEquals(0.0, report.total().recall(), 1e-9);
        assertEquals(0.0, report.total().f1(), 1e-9);
        assertTrue(Double.isNaN(report.total().slotAccuracy()));
        assertEquals(List.of("other"), report.unscoredDocuments());
    }

    @Test
    void totalsSumTheDocuments() {
        EvaluationReport report = Evaluator.evaluate(
                Map.of("a", List.of(fact(ICESCR_SIGNED)), "b", List.of(fact(ICESCR_RATIFIED))),
                Map.of("a", document("a", List.of(required(ICESCR_SIGNED))),
                        "b", document("b", List.of(required(ICCPR_SIGNED)))));
        // a: TP 1; b: FP 1, FN 1
        assertEquals(new Score(1, 1, 1, 0, 0, 0), report.total());
        assertEquals(List.of("a", "b"), report.documents().stream().map(DocumentEvaluation::document).toList());
        assertEquals(new Score(1, 1, 1, 0, 0, 0), report.totalByType().get(FactType.TREATY_ACTION));
    }

    @Test
    void theRendererShowsCountsAndVerboseDetails() {
        EvaluationReport report = Evaluator.evaluate(
                Map.of("d1", List.of(fact(ICESCR_SIGNED), fact(ICESCR_RATIFIED), fact(RACISM_CONFERENCE_SHOUTED))),
                Map.of("d1", document("d1", List.of(required(ICESCR_SIGNED), required(ICCPR_SIGNED),
                        required(RACISM_CONFERENCE)))));
        String plain = ReportRenderer.render(report, false);
        assertTrue(plain.contains("Document d1"), plain);
        // TREATY_ACTION: TP 1, FP 1, FN 1 -> P 0.5, R 0.5, F1 0.5, no slots
        assertTrue(plain.matches("(?s).*TREATY_ACTION\\s+1\\s+1\\s+1\\s+0\\s+0\\.500\\s+0\\.500\\s+0\\.500\\s+-\\n.*"), plain);
        // all: TP 2, FP 1, FN 1 -> P 0.667, R 0.667; role slot 0/1
        assertTrue(plain.matches("(?s).*all\\s+2\\s+1\\s+1\\s+0\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+0\\.000 \\(0/1\\).*"), plain);
        assertTrue(!plain.contains("missed"), plain);

        String verbose = ReportRenderer.render(report, true);
        assertTrue(verbose.contains("missed (false negatives):\n    TREATY_ACTION action=\"SIGNATURE\" actor=CHN "
                + "treaty=treaty:ICCPR date=1998-10  | \"The Chinese government signed"), verbose);
        assertTrue(verbose.contains("extra (false positives):\n    TREATY_ACTION action=\"RATIFICATION\""), verbose);
        assertTrue(verbose.contains("role gold=\"spoke\" predicted=\"gave a speech\""), verbose);
    }

    private static Score score(List<GoldFact> gold, List<Fact> predicted) {
        return Evaluator.evaluate(Map.of("d", predicted), Map.of("d", document("d", gold))).total();
    }

    private static GoldDocument document(String name, List<GoldFact> facts) {
        return new GoldDocument(name, null, null, null, facts);
    }

    private static GoldFact required(String json) {
        return new GoldFact(fact(json), false);
    }

    private static GoldFact optional(String json) {
        return new GoldFact(fact(json), true);
    }

    private static Fact fact(String json) {
        return FactJson.fromJsonString(json, JSON);
    }
}
