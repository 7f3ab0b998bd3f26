package io.rapporteur.query.stream;

import io.rapporteur.query.facts.FactFilter;
import io.rapporteur.service.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Fact changes as server-sent events: id = catalog sequence, event = FactRecorded / FactCorroborated / ... */
@Path("/api/stream")
public class StreamResource {

    @Inject
    StreamBroadcaster broadcaster;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Fact events as they are applied, with the filters of /api/facts; resumes after Last-Event-ID "
            + "(header, or lastEventId query parameter), heartbeat comments keep idle connections open")
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                       @QueryParam("lastEventId") String lastEventIdParam,
                       @QueryParam("type") String type, @QueryParam("actor") String actor,
                       @QueryParam("treaty") String treaty, @QueryParam("from") String from,
                       @QueryParam("to") String to, @QueryParam("document") String document,
                       @QueryParam("q") String q) {
        FactFilter filter = FactFilter.of(type, actor, treaty, from, to, document, q);
        Long lastEventId = lastEventId(lastEventIdHeader != null && !lastEventIdHeader.isBlank()
                ? lastEventIdHeader : lastEventIdParam);
        broadcaster.subscribe(sink, sse, filter, lastEventId);
    }

    private static Long lastEventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest("Last-Event-ID '" + value + "' is not an event id of this stream "
                + "(a catalog sequence number)");
    }
}
