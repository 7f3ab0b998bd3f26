package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactSchema;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.FieldSpec;
import io.rapporteur.contract.fact.Place;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders an {@link EvaluationReport} as a plain-text table; verbose adds each miss, extra and slot mismatch. */
public final class ReportRenderer {

    private static final int EVIDENCE_SNIPPET = 110;
    private static final String ROW = "  %-18s %4s %4s %4s %4s %9s %7s %7s  %s%n";

    private ReportRenderer() {
    }

    public static String render(EvaluationReport report, boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (DocumentEvaluation document : report.documents()) {
            out.append("Document ").append(document.document()).append('\n');
            table(out, document.byType(), document.total());
            if (verbose) {
                details(out, document);
            }
            out.append('\n');
        }
        out.append("Total (").append(report.documents().size()).append(" document")
                .append(report.documents().size() == 1 ? "" : "s").append(")\n");
        table(out, report.totalByType(), report.total());
        if (!report.unscoredDocuments().isEmpty()) {
            out.append("\nNot scored (no gold): ").append(String.join(", ", report.unscoredDocuments())).append('\n');
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Map<FactType, Score> byType, Score total) {
        out.append(String.format(Locale.ROOT, ROW, "type", "TP", "FP", "FN", "opt", "precision", "recall", "F1", "slots"));
        for (FactType type : FactType.values()) {
            Score score = byType.get(type);
            if (score != null) {
                row(out, type.name(), score);
            }
        }
        row(out, "all", total);
    }

    private static void row(StringBuilder out, String label, Score score) {
        String slots = score.slotsCompared() == 0 ? "-"
                : String.format(Locale.ROOT, "%.3f (%d/%d)", score.slotAccuracy(), score.slotsEqual(), score.slotsCompared());
        out.append(String.format(Locale.ROOT, ROW, label, score.truePositives(), score.falsePositives(),
                score.falseNegatives(), score.optionalMatched(), ratio(score.precision()), ratio(score.recall()),
                ratio(score.f1()), slots));
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void details(StringBuilder out, DocumentEvaluation document) {
        if (!document.misses().isEmpty()) {
            out.append("  missed (false negatives):\n");
            document.misses().forEach(fact -> out.append("    ").append(describe(fact)).append('\n'));
        }
        if (!document.extras().isEmpty()) {
            out.append("  extra (false positives):\n");
            document.extras().forEach(fact -> out.append("    ").append(describe(fact)).append('\n'));
        }
        if (!document.slotMismatches().isEmpty()) {
            out.append("  slot mismatches:\n");
            for (SlotMismatch mismatch : document.slotMismatches()) {
                out.append("    ").append(keyFields(mismatch.gold())).append(": ").append(mismatch.field())
                        .append(" gold=").append(display(mismatch.goldValue()))
                        .append(" predicted=").append(display(mismatch.predictedValue())).append('\n');
            }
        }
    }

    /** Type, key fields and date, then a snippet of the evidence. */
    static String describe(Fact fact) {
        return keyFields(fact) + "  | " + snippet(fact.evidence());
    }

    private static String keyFields(Fact fact) {
        StringBuilder text = new StringBuilder(fact.type().name());
        for (FieldSpec spec : FactSchema.standard().keyFields(fact.type())) {
            text.append(' ').append(spec.name()).append('=').append(display(fact.field(spec.name())));
        }
        text.append(" date=").append(fact.date() == null ? "null" : fact.date());
        if (fact.status() != null) {
            text.append(" status=").append(fact.status());
        }
        return text.toString();
    }

    private static String display(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof EntityRef ref) {
            return ref.id();
        }
        if (value instanceof Place place) {
            return place.name() + (place.country() == null ? "" : "@" + place.country());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportRenderer::display).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof String text) {
            return '"' + text + '"';
        }
        return value.toString();
    }

    private static String snippet(String evidence) {
        if (evidence == null) {
            return "(no evidence)";
        }
        String flat = evidence.replace('\n', ' ');
        return '"' + (flat.length() <= EVIDENCE_SNIPPET ? flat : flat.substring(0, EVIDENCE_SNIPPET) + "\u2026") + '"';
    }
}
