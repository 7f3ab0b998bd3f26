package io.rapporteur.query.actors;

import io.rapporteur.service.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Profiles of states, bodies and persons. */
@Path("/api/actors")
public class ActorResource {

    @Inject
    ActorProfiles profiles;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Facts by type and role, counterparts (entities named in the same facts) with counts, "
            + "first and last dated fact")
    public ActorProfiles.Profile profile(@PathParam("id") String id) {
        return profiles.of(id.trim())
                .orElseThrow(() -> ProblemException.notFound("no fact names the entity " + id));
    }
}
