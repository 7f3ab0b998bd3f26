package io.rapporteur.catalog.entities;

import io.rapporteur.catalog.api.Page;
import io.rapporteur.service.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.sql.SQLException;
import java.util.TreeSet;

/** The entity registry: every entity id the catalog has seen, with labels, surface forms and counts. */
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private final EntityQueries queries;

    public EntityResource(EntityQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "List entities", description = "Filter by kind (state, body, treaty, person, place, other) "
            + "and q (id, label or surface form contains); ordered by id; cursor pagination.")
    public Page<EntityView> list(@QueryParam("kind") String kind, @QueryParam("q") String q,
                                 @QueryParam("limit") String limit, @QueryParam("cursor") String cursor)
            throws SQLException {
        if (kind != null && !EntityKinds.standard().kinds().contains(kind)) {
            throw ProblemException.badRequest("unknown kind '" + kind + "'; one of "
                    + new TreeSet<>(EntityKinds.standard().kinds()));
        }
        return queries.list(kind, q, Page.decodeCursor(cursor), Page.limit(limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One entity")
    public EntityView get(@PathParam("id") String id) throws SQLException {
        return queries.find(id).orElseThrow(() -> ProblemException.notFound("no entity with id '" + id + "'"));
    }
}
