package io.rapporteur.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.contract.fact.Provenance;
import io.rapporteur.contract.fact.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyGoldFactReadsAndWritesBackToTheSameFields() throws Exception {
        Path gold = sharedDir().resolve("gold/prc-hr-2000-ch7.jsonl");
        int facts = 0;
        for (String line : Files.readAllLines(gold)) {
            JsonNode node = MAPPER.readTree(line);
            if (node.path("type").asText().equals("DOCUMENT")) {
                continue;
            }
            Fact fact = FactJson.fromJson(node);
            JsonNode written = FactJson.toJson(fact);
            for (var names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.equals("optional")) {
                    continue;
                }
                assertEquals(node.get(name), written.get(name), "field " + name + " of " + line);
            }
            facts++;
        }
        assertTrue(facts >= 30, "the seed gold has over 30 facts, read " + facts);
    }

    /**
     * The catalog hashes the written text of facts (content and state hashes): the streamed writer must write exactly
     * the text of the tree, for the gold facts and for the parts they lack (ids, provenance, places, nulls).
     */
    @Test
    void theStreamedTextIsExactlyTheTreesText() throws Exception {
        List<Fact> facts = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(sharedDir().resolve("gold/prc-hr-2000-ch7.jsonl"))) {
            JsonNode node = MAPPER.readTree(line);
            if (!node.path("type").asText().equals("DOCUMENT")) {
                Fact fact = FactJson.fromJson(node);
                facts.add(fact);
                facts.add(fact.withId("mnt-" + facts.size()));
            }
        }
        facts.add(new Fact("fct-1", FactType.EXCHANGE,
                Map.of("format", "DIALOGUE",
                        "participants", List.of(new EntityRef("CHN", null), new EntityRef("org:EU", "the \"EU\"\n")),
                        "ordinal", 9,
                        "place", new Place("Genève", null)),
                null, "held", null,
                new Provenance(3, new Span(10, 40), List.of(new ArgumentSpan("participants", "CHN", new Span(10, 15)),
                        new ArgumentSpan("place", null, new Span(20, 26)))),
                0.123456789, "043", "x-1"));
        facts.add(new Fact(null, FactType.EXCHANGE, Map.of("format", "SYMPOSIUM"), "2001", null, null, null, 1.0,
                null, null));
        assertTrue(facts.size() > 60, "gold facts and variants: " + facts.size());
        for (Fact fact : facts) {
            assertEquals(FactJson.toJson(fact).toString(), FactJson.toJsonString(fact));
            assertEquals(FactJson.toJson(fact).toString(), MAPPER.writeValueAsString(fact));
        }
    }

    @Test
    void aFactWithProvenanceSurvivesAnObjectMapperRoundTripInsideAnEvent() throws Exception {
        Fact fact = new Fact("mnt-1", FactType.EXCHANGE,
                Map.of("format", "DIALOGUE",
                        "participants", List.of(new EntityRef("CHN", "China"), new EntityRef("org:EU", "the EU")),
                        "ordinal", 9,
                        "place", new Place("Beijing", "CHN")),
                "2000-02", null, "China held the ninth dialogue.",
                new Provenance(3, new Span(10, 40), List.of(new ArgumentSpan("participants", "CHN", new Span(10, 15)))),
                0.9, "040", "test/1");
        FactsExtracted event = new FactsExtracted("doc-1", "test/1", "2026-01-01T00:00:00Z", List.of(fact));
        String json = MAPPER.writeValueAsString(event);
        FactsExtracted back = MAPPER.readValue(json, FactsExtracted.class);
        assertEquals(event, back);
    }

    @Test
    void rejectsAFieldThatIsNotOfTheType() throws Exception {
        JsonNode node = MAPPER.readTree("{\"type\":\"VISIT\",\"format\":\"DIALOGUE\",\"date\":null,\"evidence\":\"x\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactJson.fromJson(node));
        assertTrue(e.getMessage().contains("format"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownType() throws Exception {
        JsonNode node = MAPPER.readTree("{\"type\":\"PARTY\"}");
        assertThrows(IllegalArgumentException.class, () -> FactJson.fromJson(node));
    }

    static Path sharedDir() {
        String configured = System.getProperty("rapporteur.shared.dir");
        return configured != null ? Path.of(configured) : Path.of("../../shared");
    }
}
