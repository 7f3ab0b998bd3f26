package io.rapporteur.contract.fact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;

/** Lets any ObjectMapper write a {@link Fact} in the flat shape of FACTS.md. */
public class FactJsonSerializer extends JsonSerializer<Fact> {
    @Override
    public void serialize(Fact fact, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        FactJson.write(fact, gen);
    }
}
