package io.rapporteur.query.documents;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.query.http.Csv;
import io.rapporteur.query.http.MediaTypes;
import io.rapporteur.query.http.Representation;
import io.rapporteur.service.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The documents of the catalog, and each one's text with its facts for highlighting. */
@Path("/api/documents")
public class DocumentResource {

    @Inject
    DocumentRepository documents;
    @Inject
    ObjectMapper mapper;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.NDJSON, MediaTypes.CSV})
    @Operation(summary = "Every document (id, title, published, source, language, factCount), newest first; "
            + "streamed as JSON {items}, NDJSON or CSV by the Accept header")
    public Response list(@Context HttpHeaders headers) {
        return switch (Representation.of(headers)) {
            case JSON -> Response.ok(json(), MediaType.APPLICATION_JSON).build();
            case NDJSON -> Response.ok(ndjson(), MediaTypes.NDJSON).build();
            case CSV -> Response.ok(csv(), MediaTypes.CSV + ";charset=UTF-8").build();
        };
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A document's text and its facts, each with its mentions (sentence and argument spans) here")
    public Response get(@PathParam("id") String id) {
        DocumentRepository.DocumentPage page = documents.byId(id)
                .orElseThrow(() -> ProblemException.notFound("no document with id " + id));
        var node = mapper.createObjectNode();
        node.put("id", page.id());
        node.put("title", page.title());
        node.put("published", page.published());
        node.put("source", page.source());
        node.put("language", page.language());
        node.put("mediaType", page.mediaType());
        node.put("receivedAt", page.receivedAt());
        node.put("text", page.text());
        try {
            node.set("facts", mapper.readTree(page.factsJson()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Response.ok(node.toString(), MediaType.APPLICATION_JSON).build();
    }

    private StreamingOutput json() {
        return stream -> {
            try (JsonGenerator out = mapper.getFactory().createGenerator(stream)) {
                out.writeStartObject();
                out.writeArrayFieldStart("items");
                documents.list(summary -> mapper.writeValue(out, summary));
                out.writeEndArray();
                out.writeEndObject();
            }
        };
    }

    private StreamingOutput ndjson() {
        return stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            documents.list(summary -> {
                out.write(mapper.writeValueAsString(summary));
                out.write('\n');
            });
            out.flush();
        };
    }

    private StreamingOutput csv() {
        return stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            Csv.line(out, "id", "title", "published", "source", "language", "factCount");
            documents.list(d -> Csv.line(out, d.id(), d.title(), d.published(), d.source(), d.language(),
                    Integer.toString(d.factCount())));
            out.flush();
        };
    }
}
