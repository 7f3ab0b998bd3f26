package io.rapporteur.ingest.submission;

import io.rapporteur.contract.events.DocumentWithdrawalRequested;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.service.problem.Problem;
import io.rapporteur.service.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;

/** Accepts documents into the pipeline and asks for their withdrawal. */
@Path("/api/documents")
@Tag(name = "documents", description = "Submit documents to the pipeline, or withdraw them")
public class DocumentResource {

    static final String JSON_EXAMPLE = """
            {"title": "Progress in China's Human Rights Cause in 2000, chapter VII",
             "text": "In February and September 2000, China and the United States held the ninth and tenth human rights dialogues, respectively.",
             "source": "https://www.example.org/white-papers/2001-04.html",
             "published": "2001-04",
             "language": "en"}""";
    static final String ACCEPTED_EXAMPLE = """
            {"id": "doc-3f1c2a9b8e7d6c5b4a39", "title": "Progress in China's Human Rights Cause in 2000, chapter VII",
             "status": "accepted",
             "links": {"self": "/api/documents/doc-3f1c2a9b8e7d6c5b4a39", "facts": "/api/facts?document=doc-3f1c2a9b8e7d6c5b4a39"}}""";
    static final String PROBLEM_EXAMPLE = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "'published' must be an ISO 8601 date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2000-02-17), not 'last spring'"}""";

    private final SubmissionReader reader;
    private final DocumentPublisher publisher;

    DocumentResource(SubmissionReader reader, DocumentPublisher publisher) {
        this.reader = reader;
        this.publisher = publisher;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a document",
            description = "Accepts a document as JSON {title, text, source?, published?, language?}, or as its raw "
                    + "content (text/plain, text/html, application/pdf) with the metadata as query parameters; a raw "
                    + "document without a title is called by its first line. The text is normalised and the document "
                    + "id is derived from it, so the same text submitted twice gets the same id. 202 means the "
                    + "document is durable in the event log; its facts follow asynchronously.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentRequest.class),
                    examples = @ExampleObject(name = "press release", value = JSON_EXAMPLE)),
            @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "plain text",
                    value = "In February and September 2000, China and the United States held the ninth and tenth human rights dialogues, respectively.")),
            @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "web page",
                    value = "<html><body><h1>Press release</h1><p>The Special Rapporteur visited China in September 2005.</p></body></html>")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Accepted and durable; facts will follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptedDocument.class),
                    examples = @ExampleObject(name = "accepted", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, missing or blank text, invalid UTF-8, bad metadata",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "413", description = "The document is larger than 5 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON, plain text, HTML or PDF",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The content cannot be read as a document (binary, broken PDF, no text)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The event log did not acknowledge in time; send it again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(InputStream body,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "title (raw bodies; default: the first line)") @QueryParam("title") String title,
                           @Parameter(description = "http(s) URL where the document was published") @QueryParam("source") String source,
                           @Parameter(description = "publication date: YYYY, YYYY-MM or YYYY-MM-DD") @QueryParam("published") String published,
                           @Parameter(description = "BCP 47 language tag, e.g. en") @QueryParam("language") String language) {
        Submission submission = reader.read(body, contentType, new SubmissionMetadata(title, source, published, language));
        publisher.submitted(submission.toEvent(Instant.now()));
        String id = submission.documentId();
        return Response.accepted(AcceptedDocument.accepted(id, submission.title()))
                .location(URI.create(AcceptedDocument.location(id)))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a document",
            description = "Asks the catalog to withdraw the document and every fact mention it is the source of. "
                    + "The ingest service keeps no state: the request is accepted for any well-formed id.")
    @APIResponse(responseCode = "202", description = "Withdrawal requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptedDocument.class)))
    @APIResponse(responseCode = "400", description = "Not a document id (doc-<20 hex>)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@Parameter(description = "document id", example = "doc-3f1c2a9b8e7d6c5b4a39") @PathParam("id") String id,
                             @Parameter(description = "why, for the record") @QueryParam("reason") String reason) {
        if (!DocumentIds.looksLikeId(id)) {
            throw ProblemException.badRequest("'" + id + "' is not a document id: ids look like doc- followed by "
                    + "20 lower-case hex digits, as returned by POST /api/documents");
        }
        publisher.withdrawalRequested(new DocumentWithdrawalRequested(id,
                reason == null || reason.isBlank() ? null : reason.strip(), Instant.now().toString()));
        return Response.accepted(AcceptedDocument.withdrawalRequested(id)).build();
    }

    /** The JSON form of a submission, for the OpenAPI document (the body is read by {@link SubmissionReader}). */
    @Schema(name = "DocumentRequest")
    public record DocumentRequest(
            @Schema(description = "title; default: the first line of the text") String title,
            @Schema(required = true, description = "the document's full text") String text,
            @Schema(description = "http(s) URL where it was published") String source,
            @Schema(description = "publication date: YYYY, YYYY-MM or YYYY-MM-DD") String published,
            @Schema(description = "BCP 47 language tag") String language) {
    }
}
