package io.rapporteur.extractor.evaluate;

/**
 * Counts for one document, one fact type, or a total, and the measures FACTS.md defines over them.
 *
 * @param truePositives   non-optional gold facts matched by a prediction
 * @param falsePositives  predictions that match no gold fact (a second prediction of a matched fact is one)
 * @param falseNegatives  non-optional gold facts no prediction matched
 * @param optionalMatched optional gold facts matched: neither rewarded nor punished, counted for information
 * @param slotsEqual      non-key fields equal in matched (non-optional) pairs
 * @param slotsCompared   non-key fields present in the gold fact or the prediction of a matched (non-optional) pair
 */
public record Score(int truePositives, int falsePositives, int falseNegatives, int optionalMatched,
                    int slotsEqual, int slotsCompared) {

    public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0);

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, optionalMatched + other.optionalMatched,
                slotsEqual + other.slotsEqual, slotsCompared + other.slotsCompared);
    }

    /** TP / (TP + FP); 1 when nothing was predicted (no prediction was wrong). */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** TP / (TP + FN); 1 when there was nothing to find. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Share of compared non-key fields that were equal; NaN when no pair had any non-key field. */
    public double slotAccuracy() {
        return slotsCompared == 0 ? Double.NaN : (double) slotsEqual / slotsCompared;
    }
}
