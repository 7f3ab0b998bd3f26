package io.rapporteur.query.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.query.http.Csv;
import io.rapporteur.query.http.Limits;
import io.rapporteur.query.http.MediaTypes;
import io.rapporteur.query.http.Representation;
import io.rapporteur.service.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** The facts of the catalog, newest state, in date order. */
@Path("/api/facts")
public class FactResource {

    private static final int EXPORT_FETCH_SIZE = 500;

    @Inject
    FactRepository facts;
    @Inject
    ObjectMapper mapper;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.NDJSON, MediaTypes.CSV})
    @Operation(summary = "Facts in date order (undated last, then id), filtered; JSON pages, or a streamed CSV / NDJSON "
            + "export of every match when the Accept header asks for text/csv or application/x-ndjson")
    public Response list(@QueryParam("type") String type, @QueryParam("actor") String actor,
                         @QueryParam("treaty") String treaty, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("document") String document,
                         @QueryParam("q") String q, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context HttpHeaders headers) {
        FactFilter filter = FactFilter.of(type, actor, treaty, from, to, document, q);
        FactCursor after = FactCursor.decode(cursor);
        return switch (Representation.of(headers)) {
            case JSON -> Response.ok(page(filter, after, Limits.pageSize(limit)), MediaType.APPLICATION_JSON).build();
            case NDJSON -> Response.ok(ndjson(filter, after, Limits.exportSize(limit)), MediaTypes.NDJSON).build();
            case CSV -> Response.ok(csv(filter, after, Limits.exportSize(limit)), MediaTypes.CSV + ";charset=UTF-8").build();
        };
    }

    private String page(FactFilter filter, FactCursor after, int size) {
        FactRepository.Page page = facts.page(filter, after, size);
        StringBuilder body = new StringBuilder(256 + page.items().size() * 1024).append("{\"items\":[");
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(page.items().get(i));
        }
        body.append("],\"nextCursor\":").append(page.nextCursor() == null ? "null" : quote(page.nextCursor())).append('}');
        return body.toString();
    }

    private StreamingOutput ndjson(FactFilter filter, FactCursor after, int size) {
        return stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            facts.scan(filter, after, size, EXPORT_FETCH_SIZE, false, row -> {
                out.write(row.json());
                out.write('\n');
            });
            out.flush();
        };
    }

    private StreamingOutput csv(FactFilter filter, FactCursor after, int size) {
        return stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            Csv.line(out, "id", "type", "date", "entities", "documents", "evidence");
            facts.scan(filter, after, size, EXPORT_FETCH_SIZE, true, row -> Csv.line(out, row.id(), row.type(), row.date(),
                    row.entities(), row.documents(), row.evidence()));
            out.flush();
        };
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One canonical fact with its sources and conflicts")
    public String get(@PathParam("id") String id) {
        return facts.byId(id).orElseThrow(() -> ProblemException.notFound("no fact with id " + id));
    }

    private String quote(String value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
