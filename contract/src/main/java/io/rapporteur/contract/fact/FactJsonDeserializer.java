package io.rapporteur.contract.fact;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/** Lets any ObjectMapper read a {@link Fact} from the flat shape of FACTS.md. */
public class FactJsonDeserializer extends JsonDeserializer<Fact> {
    @Override
    public Fact deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        try {
            return FactJson.fromJson(node);
        } catch (IllegalArgumentException e) {
            return (Fact) context.handleWeirdStringValue(Fact.class, node.toString(), e.getMessage());
        }
    }
}
