package io.rapporteur.extractor.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A genre test text under {@code src/test/resources/genre/} with its hand-written expected facts
 * ({@code NAME.expected.jsonl}): the extractor must find exactly those facts (by canonical key), and the slots the
 * expectations state must agree.
 */
public final class GenreCase {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final List<Fact> predicted;
    private final List<Fact> expected;

    private GenreCase(String name, List<Fact> predicted, List<Fact> expected) {
        this.name = name;
        this.predicted = predicted;
        this.expected = expected;
    }

    public static GenreCase load(String name) throws IOException {
        String text = resource("/genre/" + name + ".txt");
        List<Fact> expected = new ArrayList<>();
        for (String line : resource("/genre/" + name + ".expected.jsonl").split("\n")) {
            if (!line.isBlank()) {
                expected.add(FactJson.fromJson(MAPPER.readTree(line)));
            }
        }
        List<Fact> predicted = Extractors.standard().extract(text, new DocumentMetadata(name, null, "en"));
        return new GenreCase(name, predicted, expected);
    }

    public List<Fact> predicted() {
        return predicted;
    }

    /** Exactly the expected facts, compared by type, key fields and date; misses listed per type on failure. */
    public GenreCase findsExactlyTheExpectedFacts() {
        List<Gold.GoldFact> gold = expected.stream().map(f -> new Gold.GoldFact(f, false)).toList();
        Gold.Score score = Gold.score(predicted, gold);
        if (score.fp() > 0 || score.fn() > 0) {
            fail(name + ": " + score.report() + "\nall predicted:\n  "
                    + String.join("\n  ", predicted.stream().map(f -> FactJson.toJson(f).without(List.of("evidence",
                    "provenance", "extractorVersion")).toString()).toList()));
        }
        return this;
    }

    /** Every non-key field an expected fact states, and its status, equal on the matching prediction. */
    public GenreCase agreesOnStatedSlots() {
        for (Fact e : expected) {
            Fact p = match(e);
            for (var field : e.fields().entrySet()) {
                assertEquals(slot(field.getValue()), slot(p.fields().get(field.getKey())),
                        name + ": slot '" + field.getKey() + "' of " + FactIdentity.canonicalKey(e));
            }
            assertEquals(e.status(), p.status(), name + ": status of " + FactIdentity.canonicalKey(e));
        }
        return this;
    }

    /** Evidence, provenance, confidence, version on every fact. */
    public GenreCase carriesProvenance() {
        for (Fact f : predicted) {
            assertNotNull(f.evidence(), "evidence");
            assertNotNull(f.provenance(), "provenance");
            assertNotNull(f.extractorVersion(), "extractorVersion");
            if (f.confidence() <= 0 || f.confidence() > 1) {
                fail("confidence out of range: " + f.confidence());
            }
        }
        return this;
    }

    public Fact match(Fact expectedFact) {
        String key = FactIdentity.canonicalKey(expectedFact);
        return predicted.stream().filter(p -> FactIdentity.canonicalKey(p).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no prediction for " + key));
    }

    public List<Fact> ofType(FactType type) {
        return predicted.stream().filter(f -> f.type() == type).toList();
    }

    private static Object slot(Object value) {
        if (value instanceof io.rapporteur.contract.fact.EntityRef ref) {
            return ref.id();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GenreCase::slot).sorted().toList().toString();
        }
        if (value instanceof io.rapporteur.contract.fact.Place place) {
            return io.rapporteur.contract.ids.TextFolding.fold(place.name()) + "@" + place.country();
        }
        if (value instanceof String s) {
            return io.rapporteur.contract.ids.TextFolding.fold(s);
        }
        return value;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = GenreCase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
