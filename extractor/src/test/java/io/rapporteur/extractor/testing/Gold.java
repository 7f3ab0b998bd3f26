package io.rapporteur.extractor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.ids.FactIdentity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Gold facts of a shared corpus document, and a scorer that matches facts by their canonical key. */
public final class Gold {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record GoldFact(Fact fact, boolean optional) {
    }

    public record Score(int tp, int fp, int fn, List<String> misses, List<String> spurious) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String report() {
            return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%nmissed:%n  %s%nspurious:%n  %s", precision(),
                    recall(), f1(), tp, fp, fn, String.join("\n  ", misses), String.join("\n  ", spurious));
        }
    }

    private Gold() {
    }

    public static Path sharedDir() {
        String configured = System.getProperty("rapporteur.shared.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return Path.of("../../shared").toAbsolutePath().normalize();
    }

    public static String corpus(String name) throws IOException {
        return Files.readString(sharedDir().resolve("corpus").resolve(name + ".txt"));
    }

    public static List<GoldFact> facts(String name) throws IOException {
        return factsFromLines(Files.readAllLines(sharedDir().resolve("gold").resolve(name + ".jsonl")));
    }

    public static List<GoldFact> factsFromLines(List<String> lines) throws IOException {
        List<GoldFact> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = MAPPER.readTree(line);
            if ("DOCUMENT".equals(node.path("type").asText())) {
                continue;
            }
            boolean optional = node.path("optional").asBoolean(false);
            out.add(new GoldFact(FactJson.fromJson(node), optional));
        }
        return out;
    }

    /** Each gold fact matches at most one prediction; a prediction matching an optional gold fact does not count. */
    public static Score score(List<Fact> predicted, List<GoldFact> gold) {
        List<GoldFact> open = new ArrayList<>(gold);
        int tp = 0;
        int fp = 0;
        List<String> spurious = new ArrayList<>();
        for (Fact p : predicted) {
            String key = FactIdentity.canonicalKey(p);
            GoldFact hit = null;
            for (GoldFact g : open) {
                if (FactIdentity.canonicalKey(g.fact()).equals(key)) {
                    hit = g;
                    break;
                }
            }
            if (hit == null) {
                fp++;
                spurious.add(key);
            } else {
                open.remove(hit);
                if (!hit.optional()) {
                    tp++;
                }
            }
        }
        List<String> misses = new ArrayList<>();
        int fn = 0;
        for (GoldFact g : open) {
            if (!g.optional()) {
                fn++;
                misses.add(FactIdentity.canonicalKey(g.fact()));
            }
        }
        return new Score(tp, fp, fn, misses, spurious);
    }
}
