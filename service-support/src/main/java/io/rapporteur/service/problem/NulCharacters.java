package io.rapporteur.service.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Refuses a path or query parameter holding a NUL character ({@code %00}) with a 400 before any resource runs. No id
 * or filter contains one, and PostgreSQL cannot even compare text with it: such a value reached the database and came
 * back as a 500.
 */
public class NulCharacters {

    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request, HttpServerRequest raw) {
        UriInfo uri = request.getUriInfo();
        MultivaluedMap<String, String> query;
        try {
            if (uri.getPath().indexOf('\0') >= 0) {
                return problem("The path holds a NUL character (%00): no resource has one in its name.");
            }
            query = uri.getQueryParameters();
        } catch (RuntimeException undecodable) {
            // a query string the router let through undecoded (a stray '%')
            return problem(MalformedRequests.detail(raw.uri()));
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean inName = parameter.getKey().indexOf('\0') >= 0;
            boolean inValue = parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\0') >= 0);
            if (inName || inValue) {
                return problem("Query parameter '" + parameter.getKey().replace("\0", "%00")
                        + "' holds a NUL character (%00), which no value can contain.");
            }
        }
        return null;
    }

    private static Response problem(String detail) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.of(400, "Bad Request", detail)).build();
    }
}
