package io.rapporteur.service.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request the router refuses before any resource runs (its path or query cannot be decoded: a stray {@code %}, an
 * invalid UTF-8 escape) gets the same problem+json 400 as any other bad input, instead of a plain-text one. Quarkus
 * refuses such targets even earlier, with an empty 400, unless {@link io.rapporteur.service.lifecycle.ServiceMain}
 * turned that check off.
 */
@ApplicationScoped
public class MalformedRequests {

    private final ObjectMapper mapper;

    public MalformedRequests(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void onRouter(@Observes Router router) {
        router.errorHandler(400, this::badRequest);
    }

    private void badRequest(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        Problem problem = Problem.of(400, "Bad Request", detail(context.request().uri()));
        try {
            context.response().setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(400).end();
        }
    }

    /** Why the router refused the request, as far as the target tells (the router gives no reason itself). */
    static String detail(String target) {
        try {
            new URI(target);
            return "The request could not be read.";
        } catch (URISyntaxException e) {
            return "The request target is not a valid URI (" + e.getReason() + " at index " + e.getIndex()
                    + "): percent-encode '%' as %25, and spaces and non-ASCII characters too.";
        }
    }
}
