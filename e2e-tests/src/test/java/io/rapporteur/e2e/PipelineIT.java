package io.rapporteur.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.ids.FactIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document posted to ingest must come out of the query API and its event stream with exactly the facts that the
 * dry-run extraction gives for the same text; bad input gets problem details.
 */
class PipelineIT {

    private static Pipeline pipeline;

    @BeforeAll
    static void startThePipeline() throws Exception {
        pipeline = Pipeline.get();
    }

    @Test
    void theSeedDocumentsFactsReachTheQueryApiAndTheStreamAsExtracted() throws Exception {
        String seed = Files.readString(Pipeline.sharedDir().resolve("corpus/prc-hr-2000-ch7.txt"));
        // From the beginning of the stream: another test may have loaded the seed already.
        try (SseCollector stream = new SseCollector(pipeline.query.url("/api/stream"), "0")) {
            Map<String, JsonNode> expected = pipeline.dryRun(seed);
            assertTrue(expected.size() >= 25, "the seed gives dozens of facts, the dry run gave " + expected.size());

            String documentId = pipeline.submit("Progress in China's Human Rights Cause in 2000", seed);
            Map<String, JsonNode> served = Pipeline.await(() -> pipeline.facts("document=" + documentId),
                    facts -> facts.size() >= expected.size());
            assertEquals(expected.keySet(), served.keySet(), "canonical facts served for the document");
            for (var entry : expected.entrySet()) {
                JsonNode servedFact = served.get(entry.getKey());
                assertEquals(FactIdentity.canonicalKey(FactJson.fromJson(entry.getValue())),
                        FactIdentity.canonicalKey(FactJson.fromJson(factFields(servedFact))), entry.getKey());
                assertEquals(entry.getValue().get("evidence"), servedFact.get("evidence"));
            }

            Set<String> streamed = Pipeline.await(() -> streamedIds(stream), ids -> ids.containsAll(expected.keySet()));
            assertTrue(streamed.containsAll(expected.keySet()), "every fact reached the stream");
            stream.events().forEach(event -> assertFalse(event.id() == null || event.id().isBlank(), "every SSE event has an id"));

            int documentsBefore = documentCount();
            assertEquals(documentId, pipeline.submit("again", seed), "content-addressed ids");
            Thread.sleep(5_000);
            assertEquals(expected.keySet(), pipeline.facts("document=" + documentId).keySet(), "resubmitting changes no fact");
            assertEquals(documentsBefore, documentCount(), "resubmitting changes no document count");
        }
    }

    @Test
    void badInputGetsProblemDetailsAndNoServerError() throws Exception {
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.ingest.url("/api/documents")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\", \"text\": ")).build()), 400);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.ingest.url("/api/documents")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\", \"text\": \"  \"}")).build()), 400, 422);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.ingest.url("/api/documents")).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{1, 2, 3})).build()), 415);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.ingest.url("/api/documents?title=bad")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'a', (byte) 0xC3, (byte) 0x28, 'b'})).build()), 400, 422);
        byte[] tooLarge = "a".repeat(5 * 1024 * 1024 + 10).getBytes(StandardCharsets.UTF_8);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.ingest.url("/api/documents?title=big")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)).build()), 413);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.query.url("/api/facts/fct-00000000000000000000")).build()), 404);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.query.url("/api/documents/doc-00000000000000000000")).build()), 404);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.query.url("/api/facts?cursor=not-a-cursor!!")).build()), 400);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.query.url("/api/facts?from=last-tuesday")).build()), 400);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.catalog.url("/api/entities/org:NOBODY")).build()), 404);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.catalog.url("/api/entities?limit=ten")).build()), 400);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.query.url("/api/documents/doc-%00")).build()), 400);
        assertProblem(pipeline.send(HttpRequest.newBuilder(pipeline.ingest.url("/api/documents?title=a%00b")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("China ratified the Convention against Torture in 1988.")).build()), 400);
        // targets that are not valid URIs (java.net.URI refuses them, so they go out over a plain socket)
        assertRawProblem(pipeline.ingest, "DELETE", "/api/documents/doc-%zz");
        assertRawProblem(pipeline.ingest, "POST", "/api/documents?title=100%");
        assertRawProblem(pipeline.catalog, "GET", "/api/entities?q=%E0%A4%A");
        assertRawProblem(pipeline.query, "GET", "/api/facts?actor=%%%");
        assertRawProblem(pipeline.query, "GET", "/api/facts/fct-%zz");
    }

    /** Sends a request line as written, and expects a 400 with a problem+json body. */
    private static void assertRawProblem(ServiceProcess service, String method, String target) throws Exception {
        URI base = service.url("/");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            assertTrue(head.startsWith("http/1.1 400"), method + " " + target + " got: " + response);
            assertTrue(head.contains("content-type: application/problem+json"), method + " " + target + " got: " + response);
            JsonNode problem = Pipeline.JSON.readTree(body);
            assertEquals(400, problem.get("status").asInt());
            assertTrue(problem.path("detail").asText().contains("not a valid URI"), body);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int... allowed) throws Exception {
        boolean statusAllowed = false;
        for (int status : allowed) {
            statusAllowed |= response.statusCode() == status;
        }
        assertTrue(statusAllowed, "status " + response.statusCode() + " for " + response.request().uri() + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode problem = Pipeline.JSON.readTree(response.body());
        assertEquals(response.statusCode(), problem.get("status").asInt());
        assertFalse(problem.path("detail").asText().isBlank(), "a problem says what is wrong");
    }

    private static int documentCount() throws Exception {
        return pipeline.getJson(pipeline.query.url("/api/documents?limit=500")).get("items").size();
    }

    static Set<String> streamedIds(SseCollector stream) throws Exception {
        return streamedIdsOf(stream.events());
    }

    static Set<String> streamedIdsOf(List<SseCollector.Event> events) {
        Set<String> ids = new HashSet<>();
        for (SseCollector.Event event : events) {
            JsonNode data;
            try {
                data = Pipeline.JSON.readTree(event.data());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("an SSE event whose data is not JSON: " + event, e);
            }
            if (data.hasNonNull("id")) {
                ids.add(data.get("id").asText());
            }
        }
        return ids;
    }

    /** The fact's own fields, without what the query API adds around them (sources, conflicts...). */
    static JsonNode factFields(JsonNode served) {
        ObjectNode copy = served.deepCopy();
        for (String extra : List.of("sources", "conflicts", "mentions", "retracted", "documents", "sourceCount")) {
            copy.remove(extra);
        }
        return copy;
    }
}
