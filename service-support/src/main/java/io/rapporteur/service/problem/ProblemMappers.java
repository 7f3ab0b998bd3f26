package io.rapporteur.service.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.handler.HttpException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the services as application/problem+json with a useful detail: never a stack trace, and never a
 * 500 for input the client can fix.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return respond(Problem.of(400, "Bad Request", "The body is not valid JSON: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json);
        }
        if (status == 400 && cause instanceof HttpException) {
            // the router could not decode the query string (a stray '%'): say so, as MalformedRequests does
            return respond(Problem.of(400, "Bad Request", MalformedRequests.detail(request.uri())));
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No such resource: check the path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the accepted media types can be produced here.";
            case 413 -> "The request body is too large.";
            case 415 -> "This media type is not accepted here.";
            default -> e.getMessage();
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(Problem.of(status, title, detail));
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        return respond(Problem.of(400, "Bad Request", e.getMessage()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(500, "Internal Server Error",
                "The server failed to handle this request; it has been logged."));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
