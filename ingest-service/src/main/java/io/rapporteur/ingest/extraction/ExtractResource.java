package io.rapporteur.ingest.extraction;

import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.ingest.submission.DocumentResource;
import io.rapporteur.ingest.submission.Submission;
import io.rapporteur.ingest.submission.SubmissionMetadata;
import io.rapporteur.ingest.submission.SubmissionReader;
import io.rapporteur.service.problem.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.Instant;

/** Shows the facts of a document without submitting it: a dry run of the extraction worker. */
@Path("/api/extract")
@Tag(name = "extraction", description = "Extract facts without publishing anything")
public class ExtractResource {

    static final String FACTS_EXAMPLE = """
            {"documentId": "doc-3f1c2a9b8e7d6c5b4a39", "extractorVersion": "rapporteur-extractor/0.1.0",
             "extractedAt": "2026-11-27T21:00:00Z",
             "facts": [{"id": "mnt-0a1b2c3d4e5f60718293", "type": "EXCHANGE", "format": "DIALOGUE",
                        "participants": [{"id": "CHN", "text": "China"}, {"id": "USA", "text": "the United States"}],
                        "ordinal": 9, "topic": "human rights", "date": "2000-02",
                        "evidence": "In February and September 2000, China and the United States held the ninth and tenth human rights dialogues, respectively.",
                        "confidence": 0.9}]}""";

    private final SubmissionReader reader;
    private final FactExtraction extraction;

    ExtractResource(SubmissionReader reader, FactExtraction extraction) {
        this.reader = reader;
        this.extraction = extraction;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the facts of a document, publishing nothing",
            description = "Takes the same inputs as POST /api/documents and answers with the facts exactly as the "
                    + "extraction worker would publish them (same mention ids).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentResource.DocumentRequest.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN), @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "200", description = "The facts, in text order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "one dialogue", value = FACTS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad input, as for POST /api/documents",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FactsExtracted extract(InputStream body,
                                  @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                  @QueryParam("title") String title,
                                  @QueryParam("source") String source,
                                  @QueryParam("published") String published,
                                  @QueryParam("language") String language) {
        Submission submission = reader.read(body, contentType, new SubmissionMetadata(title, source, published, language));
        return extraction.extract(submission.toEvent(Instant.now()));
    }
}
