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
 * Makes every over-size body get the same problem+json answer as any other error, where Quarkus' own body limit would
 * answer with an empty 413:
 * <ul>
 *   <li>a body whose declared Content-Length is over the document limit is refused before anything reads it;</li>
 *   <li>a body sent without a length (chunked) is counted by {@link SubmissionReader} as it reads it, and only that
 *   count applies to the document endpoints: Quarkus' streaming check counts bytes received rather than read, so it
 *   could answer first, with an empty 413, while the reader is still within the limit.</li>
 * </ul>
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus checks its own limit at order -2 and then leaves the limit in the context under this key. */
    static final int QUARKUS_LIMIT_ORDER = -2;
    static final String QUARKUS_LIMIT_KEY = "io.quarkus.max-request-size";
    /** The endpoints that read documents, and count them with {@link SubmissionReader}. */
    static final String DOCUMENT_ENDPOINTS = "^/api/(documents|extract)/?$";

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
        router.route().order(QUARKUS_LIMIT_ORDER - 1).handler(this::check);
        router.routeWithRegex(DOCUMENT_ENDPOINTS).order(QUARKUS_LIMIT_ORDER + 1)
                .handler(context -> {
                    context.remove(QUARKUS_LIMIT_KEY);
                    context.next();
                });
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
