package io.rapporteur.query.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.rapporteur.contract.events.CatalogEventType;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Topics;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/asyncapi.yaml describes the topic this service consumes: it must not drift from the contract. Every
 * CatalogEventType has a message on the channel with the right ce_type, every $ref inside the file resolves, and every
 * schema file it references exists.
 */
class AsyncApiDocumentTest {

    static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

    final JsonNode root;

    AsyncApiDocumentTest() throws Exception {
        assertTrue(Files.exists(DOCUMENT), DOCUMENT.toAbsolutePath() + " is missing");
        root = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
    }

    @Test
    void isAnAsyncApi3DocumentOfTheCatalogTopic() {
        assertTrue(root.path("asyncapi").asText().startsWith("3."), "asyncapi: 3.x");
        assertEquals(Topics.CATALOG, root.at("/channels/catalog/address").asText());
    }

    @Test
    void everyCatalogEventTypeHasAMessageWithItsCloudEventsType() {
        JsonNode onChannel = root.at("/channels/catalog/messages");
        for (CatalogEventType type : CatalogEventType.values()) {
            assertTrue(onChannel.has(type.name()), "channel rapporteur.catalog.v1 lacks message " + type);
            JsonNode message = resolve(onChannel.get(type.name()));
            assertEquals(type.name(), message.path("name").asText(), "name of message " + type);
            String ceType = message.at("/headers/allOf/1/properties/ce_type/const").asText();
            assertEquals(EventTypes.catalog(type), ceType, "ce_type of message " + type);
            String bodyType = message.at("/payload/schema/allOf/1/properties/type/const").asText();
            assertEquals(type.name(), bodyType, "body type of message " + type);
        }
        assertEquals(CatalogEventType.values().length, onChannel.size(), "a message for an event type that is gone");
    }

    @Test
    void everyReferenceResolvesAndEverySchemaFileExists() {
        List<String> refs = new ArrayList<>();
        collectRefs(root, refs);
        assertFalse(refs.isEmpty());
        int files = 0;
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertFalse(root.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
            } else {
                Path file = DOCUMENT.getParent().resolve(ref.split("#", 2)[0]).normalize();
                assertTrue(Files.isRegularFile(file), ref + " does not exist (" + file.toAbsolutePath() + ")");
                files++;
            }
        }
        assertTrue(files > 0, "the payloads reference the contract's JSON Schemas");
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = root.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
