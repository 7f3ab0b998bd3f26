package io.rapporteur.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.ingest.submission.SubmissionReader;
import io.rapporteur.service.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body whose declared Content-Length is over the document limit before anything reads it, with the same
 * problem+json answer as every other error. Without this, Quarkus' own body limit would answer first with an empty
 * 413. (Bodies sent without a length are counted by {@link SubmissionReader} as they are read.)
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus checks its own limit at order -2: run just before it. */
    static final int ORDER = -3;

    private final long limit;
    private final String problemJson;

    BodySizeLimit(SubmissionReader reader, ObjectMapper mapper) {
        this.limit = reader.maxDocumentBytes();
        try {
            this.problemJson = mapper.writeValueAsString(SubmissionReader.tooLarge(limit).toProblem());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            // Close once answered: the client may still be sending a body we are not going to read.
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problemJson);
            return;
        }
        context.next();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // a malformed length is the HTTP layer's to refuse
        }
    }
}
