package io.rapporteur.contract.fact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes a {@link Fact} in the flat JSON shape of FACTS.md:
 * {@code {"type": "EXCHANGE", "format": "DIALOGUE", "participants": [...], "date": "2000-02", "evidence": "..."}}
 * plus the transport fields {@code id}, {@code status}, {@code provenance}, {@code confidence}, {@code cameo},
 * {@code extractorVersion}.
 */
public final class FactJson {

    private static final JsonFactory TEXT = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper();
    /** Keys that are not fields of the type; anything else unknown is rejected. */
    private static final Set<String> COMMON = Set.of("id", "type", "date", "status", "evidence", "provenance",
            "confidence", "cameo", "extractorVersion", "optional");

    private FactJson() {
    }

    /** The fact as a JSON tree: {@link #write}'s text, read back (for callers that edit or compare trees). */
    public static ObjectNode toJson(Fact fact) {
        try {
            return (ObjectNode) TREES.readTree(toJsonString(fact));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a written fact is not JSON", e);
        }
    }

    /** The fact's JSON text, written straight to text (no tree in between: the catalog's hot path). */
    public static String toJsonString(Fact fact) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator gen = TEXT.createGenerator(out)) {
            write(fact, gen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a fact to a string", e);
        }
        return out.toString();
    }

    /**
     * Writes the fact: id, type, the type's fields in schema order (key fields even when null), date, status,
     * evidence, provenance, confidence, cameo, extractorVersion. The catalog hashes this text: keep it stable.
     */
    public static void write(Fact fact, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        if (fact.id() != null) {
            gen.writeStringField("id", fact.id());
        }
        gen.writeStringField("type", fact.type().name());
        for (FieldSpec spec : FactSchema.standard().fields(fact.type())) {
            Object value = fact.fields().get(spec.name());
            if (value != null) {
                gen.writeFieldName(spec.name());
                writeValue(spec.kind(), value, gen);
            } else if (spec.key()) {
                gen.writeNullField(spec.name());
            }
        }
        gen.writeStringField("date", fact.date());
        if (fact.status() != null) {
            gen.writeStringField("status", fact.status());
        }
        gen.writeStringField("evidence", fact.evidence());
        if (fact.provenance() != null) {
            gen.writeFieldName("provenance");
            writeProvenance(fact.provenance(), gen);
        }
        gen.writeNumberField("confidence", fact.confidence());
        if (fact.cameo() != null) {
            gen.writeStringField("cameo", fact.cameo());
        }
        if (fact.extractorVersion() != null) {
            gen.writeStringField("extractorVersion", fact.extractorVersion());
        }
        gen.writeEndObject();
    }

    private static void writeValue(FieldKind kind, Object value, JsonGenerator gen) throws IOException {
        switch (kind) {
            case ENTITY -> writeEntity((EntityRef) value, gen);
            case ENTITY_SET -> {
                gen.writeStartArray();
                for (Object item : (List<?>) value) {
                    writeEntity((EntityRef) item, gen);
                }
                gen.writeEndArray();
            }
            case PLACE -> {
                Place place = (Place) value;
                gen.writeStartObject();
                gen.writeStringField("name", place.name());
                if (place.country() != null) {
                    gen.writeStringField("country", place.country());
                }
                gen.writeEndObject();
            }
            case TEXT, CODE -> gen.writeString((String) value);
            case INTEGER -> gen.writeNumber((Integer) value);
            case INTEGER_LIST -> {
                gen.writeStartArray();
                for (Object item : (List<?>) value) {
                    gen.writeNumber((Integer) item);
                }
                gen.writeEndArray();
            }
        }
    }

    private static void writeEntity(EntityRef ref, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", ref.id());
        if (ref.text() != null) {
            gen.writeStringField("text", ref.text());
        }
        gen.writeEndObject();
    }

    private static void writeProvenance(Provenance provenance, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("sentenceIndex", provenance.sentenceIndex());
        gen.writeFieldName("sentence");
        gen.writeStartObject();
        writeSpan(provenance.sentence(), gen);
        gen.writeEndObject();
        gen.writeArrayFieldStart("arguments");
        for (ArgumentSpan arg : provenance.arguments()) {
            gen.writeStartObject();
            writeSpan(arg.span(), gen);
            gen.writeStringField("field", arg.field());
            if (arg.entityId() != null) {
                gen.writeStringField("entityId", arg.entityId());
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeSpan(Span span, JsonGenerator gen) throws IOException {
        gen.writeNumberField("start", span.start());
        gen.writeNumberField("end", span.end());
    }

    /**
     * Reads a fact; throws {@link IllegalArgumentException} with a readable reason when the JSON is not a fact.
     */
    public static Fact fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a fact must be a JSON object");
        }
        String typeName = node.path("type").asText(null);
        FactType type;
        try {
            type = FactType.valueOf(typeName);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown fact type: " + typeName);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (COMMON.contains(name)) {
                continue;
            }
            FieldSpec spec = FactSchema.standard().field(type, name)
                    .orElseThrow(() -> new IllegalArgumentException("field '" + name + "' is not a field of " + type));
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                fields.put(name, valueFromJson(spec, value));
            }
        }
        return new Fact(
                textOrNull(node, "id"),
                type,
                fields,
                textOrNull(node, "date"),
                textOrNull(node, "status"),
                textOrNull(node, "evidence"),
                node.hasNonNull("provenance") ? provenanceFromJson(node.get("provenance")) : null,
                node.path("confidence").asDouble(1.0),
                textOrNull(node, "cameo"),
                textOrNull(node, "extractorVersion"));
    }

    public static Fact fromJsonString(String json, ObjectMapper mapper) {
        try {
            return fromJson(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
    }

    private static Object valueFromJson(FieldSpec spec, JsonNode value) {
        String where = "field '" + spec.name() + "'";
        return switch (spec.kind()) {
            case ENTITY -> entityFromJson(value, where);
            case ENTITY_SET -> {
                if (!value.isArray()) {
                    throw new IllegalArgumentException(where + " must be an array of entities");
                }
                List<EntityRef> refs = new ArrayList<>();
                value.forEach(item -> refs.add(entityFromJson(item, where)));
                yield List.copyOf(refs);
            }
            case PLACE -> {
                if (!value.isObject() || !value.hasNonNull("name")) {
                    throw new IllegalArgumentException(where + " must be {\"name\": ..., \"country\": ...}");
                }
                yield new Place(value.get("name").asText(), textOrNull(value, "country"));
            }
            case TEXT, CODE -> {
                if (!value.isTextual()) {
                    throw new IllegalArgumentException(where + " must be a string");
                }
                yield value.asText();
            }
            case INTEGER -> {
                if (!value.canConvertToInt()) {
                    throw new IllegalArgumentException(where + " must be a whole number");
                }
                yield value.asInt();
            }
            case INTEGER_LIST -> {
                if (!value.isArray()) {
                    throw new IllegalArgumentException(where + " must be an array of whole numbers");
                }
                List<Integer> ints = new ArrayList<>();
                value.forEach(item -> ints.add(item.asInt()));
                yield List.copyOf(ints);
            }
        };
    }

    private static EntityRef entityFromJson(JsonNode node, String where) {
        if (!node.isObject() || !node.hasNonNull("id")) {
            throw new IllegalArgumentException(where + " must be {\"id\": ..., \"text\": ...}");
        }
        return new EntityRef(node.get("id").asText(), textOrNull(node, "text"));
    }

    private static Provenance provenanceFromJson(JsonNode node) {
        List<ArgumentSpan> args = new ArrayList<>();
        node.path("arguments").forEach(a -> args.add(
                new ArgumentSpan(a.path("field").asText(), textOrNull(a, "entityId"), spanFromJson(a))));
        return new Provenance(node.path("sentenceIndex").asInt(), spanFromJson(node.path("sentence")), args);
    }

    private static Span spanFromJson(JsonNode node) {
        return new Span(node.path("start").asInt(), node.path("end").asInt());
    }

    private static String textOrNull(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
