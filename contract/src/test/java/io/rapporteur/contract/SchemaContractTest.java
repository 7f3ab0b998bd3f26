package io.rapporteur.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.DocumentWithdrawalRequested;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.fact.FactSchema;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.FieldSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published JSON Schemas and the Java records must describe the same events. */
class SchemaContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(DocumentSubmitted.class, "document-submitted.schema.json"),
                Arguments.of(DocumentWithdrawalRequested.class, "document-withdrawal-requested.schema.json"),
                Arguments.of(FactsExtracted.class, "facts-extracted.schema.json"),
                Arguments.of(CatalogEvent.class, "catalog-event.schema.json"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaPropertiesAreTheRecordComponents(Class<? extends Record> type, String schemaFile) throws Exception {
        JsonNode schema = schema(schemaFile);
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
        }
        Set<String> properties = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(components, properties, schemaFile);
        schema.get("required").forEach(required -> assertTrue(components.contains(required.asText()), required.asText()));
    }

    @Test
    void theFactSchemaNamesEveryFieldOfEveryType() throws Exception {
        JsonNode properties = schema("fact.schema.json").get("properties");
        for (FactType type : FactType.values()) {
            for (FieldSpec field : FactSchema.standard().fields(type)) {
                assertNotNull(properties.get(field.name()), type + "." + field.name() + " is missing from fact.schema.json");
            }
        }
    }

    private static JsonNode schema(String file) throws Exception {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream("/schemas/" + file)) {
            assertNotNull(in, file);
            return MAPPER.readTree(in);
        }
    }
}
