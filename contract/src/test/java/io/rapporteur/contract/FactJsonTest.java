package io.rapporteur.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.fact.FactSchema;
import io.rapporteur.contract.fact.FieldKind;
import io.rapporteur.contract.fact.FieldSpec;
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
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
     * The catalog hashes the written text of facts (content and state hashes), and its stored hashes were computed
     * from the text of a Jackson tree built field by field ({@link #treeText}, the writer before 2026-11-29): the
     * streamed writer must write exactly that text, for the gold facts and for the parts they lack (ids, provenance,
     * places, nulls).
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
            assertEquals(treeText(fact), FactJson.toJsonString(fact));
            assertEquals(treeText(fact), MAPPER.writeValueAsString(fact));
        }
    }

    /** The fact's text as the tree-building writer wrote it (kept here as the reference for stored hashes). */
    private static String treeText(Fact fact) {
        ObjectNode node = NODES.objectNode();
        if (fact.id() != null) {
            node.put("id", fact.id());
        }
        node.put("type", fact.type().name());
        for (FieldSpec spec : FactSchema.standard().fields(fact.type())) {
            Object value = fact.fields().get(spec.name());
            if (value != null) {
                node.set(spec.name(), treeValue(spec.kind(), value));
            } else if (spec.key()) {
                node.putNull(spec.name());
            }
        }
        node.put("date", fact.date());
        if (fact.status() != null) {
            node.put("status", fact.status());
        }
        node.put("evidence", fact.evidence());
        if (fact.provenance() != null) {
            ObjectNode provenance = node.putObject("provenance");
            provenance.put("sentenceIndex", fact.provenance().sentenceIndex());
            provenance.set("sentence", treeSpan(fact.provenance().sentence()));
            ArrayNode arguments = provenance.putArray("arguments");
            for (ArgumentSpan arg : fact.provenance().arguments()) {
                ObjectNode a = treeSpan(arg.span());
                a.put("field", arg.field());
                if (arg.entityId() != null) {
                    a.put("entityId", arg.entityId());
                }
                arguments.add(a);
            }
        }
        node.put("confidence", fact.confidence());
        if (fact.cameo() != null) {
            node.put("cameo", fact.cameo());
        }
        if (fact.extractorVersion() != null) {
            node.put("extractorVersion", fact.extractorVersion());
        }
        return node.toString();
    }

    private static JsonNode treeValue(FieldKind kind, Object value) {
        return switch (kind) {
            case ENTITY -> treeEntity((EntityRef) value);
            case ENTITY_SET -> {
                ArrayNode array = NODES.arrayNode();
                ((List<?>) value).forEach(item -> array.add(treeEntity((EntityRef) item)));
                yield array;
            }
            case PLACE -> {
                Place place = (Place) value;
                ObjectNode p = NODES.objectNode();
                p.put("name", place.name());
                if (place.country() != null) {
                    p.put("country", place.country());
                }
                yield p;
            }
            case TEXT, CODE -> NODES.textNode((String) value);
            case INTEGER -> NODES.numberNode((Integer) value);
            case INTEGER_LIST -> {
                ArrayNode array = NODES.arrayNode();
                ((List<?>) value).forEach(item -> array.add((Integer) item));
                yield array;
            }
        };
    }

    private static ObjectNode treeEntity(EntityRef ref) {
        ObjectNode node = NODES.objectNode().put("id", ref.id());
        if (ref.text() != null) {
            node.put("text", ref.text());
        }
        return node;
    }

    private static ObjectNode treeSpan(Span span) {
        return NODES.objectNode().put("start", span.start()).put("end", span.end());
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
