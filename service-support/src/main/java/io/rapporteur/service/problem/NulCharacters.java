package io.rapporteur.service.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Refuses a path or query parameter holding a NUL character ({@code %00}) with a 400 before any resource runs. No id
 * or filter contains one, and PostgreSQL cannot even compare text with it: such a value reached the database and came
 * back as a 500. The refusal is a {@link ProblemException}, answered by {@link ProblemMappers} like any other.
 */
public class NulCharacters {

    @ServerRequestFilter(preMatching = true)
    public void refuse(ContainerRequestContext request, HttpServerRequest raw) {
        UriInfo uri = request.getUriInfo();
        String path;
        MultivaluedMap<String, String> query;
        try {
            path = uri.getPath();
            query = uri.getQueryParameters();
        } catch (RuntimeException undecodable) {
            // a query string the router let through undecoded (a stray '%')
            throw ProblemException.badRequest(MalformedRequests.detail(raw.uri()));
        }
        if (path.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("The path holds a NUL character (%00): no resource has one in its name.");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean inName = parameter.getKey().indexOf('\0') >= 0;
            boolean inValue = parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\0') >= 0);
            if (inName || inValue) {
                throw ProblemException.badRequest("Query parameter '" + parameter.getKey().replace("\0", "%00")
                        + "' holds a NUL character (%00), which no value can contain.");
            }
        }
    }
}
