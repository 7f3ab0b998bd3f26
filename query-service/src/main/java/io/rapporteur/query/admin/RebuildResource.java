package io.rapporteur.query.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Rebuilding the read models from the catalog topic, without downtime. */
@Path("/api/admin/rebuild-read-models")
public class RebuildResource {

    @Inject
    ReadModelRebuilder rebuilder;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start replaying rapporteur.catalog.v1 from the beginning into new read models; the API "
            + "answers from the current ones until the new ones have caught up, then swaps. 409 if one is running.")
    public Response start() {
        return Response.accepted(rebuilder.start()).header("Location", "/api/admin/rebuild-read-models").build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The state of the last rebuild: IDLE, RUNNING, COMPLETED or FAILED")
    public ReadModelRebuilder.Status status() {
        return rebuilder.status();
    }
}
