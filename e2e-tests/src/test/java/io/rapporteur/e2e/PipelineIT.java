package io.rapporteur.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.testsupport.kafka.KafkaBroker;
import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline for real: a KRaft broker, the local PostgreSQL, and the three packaged services as processes.
 * A document posted to ingest must come out of the query API and its event stream with exactly the facts that the
 * dry-run extraction gives for the same text.
 */
class PipelineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);

    private static KafkaBroker broker;
    private static PostgresServer postgres;
    private static String catalogDb;
    private static String queryDb;
    private static ServiceProcess ingest;
    private static ServiceProcess catalog;
    private static ServiceProcess query;

    @BeforeAll
    static void startThePipeline() throws Exception {
        Path repo = Path.of(System.getProperty("rapporteur.repo.dir", ".."));
        Path logs = repo.resolve("e2e-tests/target/e2e-logs");
        broker = KafkaBroker.ephemeral().start();
        postgres = PostgresServer.fromEnvironment();
        catalogDb = TestDatabases.create(postgres, "rapporteur_e2e_catalog");
        queryDb = TestDatabases.create(postgres, "rapporteur_e2e_query");
        Map<String, String> kafka = Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        ingest = new ServiceProcess("ingest-service", freePort(), repo, logs, kafka).start();
        catalog = new ServiceProcess("catalog-service", freePort(), repo, logs, withDatabase(kafka, catalogDb)).start();
        query = new ServiceProcess("query-service", freePort(), repo, logs, withDatabase(kafka, queryDb)).start();
        for (ServiceProcess service : List.of(ingest, catalog, query)) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stopThePipeline() {
        for (AutoCloseable closeable : new AutoCloseable[]{query, catalog, ingest, broker}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // keep stopping the others
            }
        }
        if (postgres != null) {
            TestDatabases.drop(postgres, catalogDb);
            TestDatabases.drop(postgres, queryDb);
        }
    }

    @Test
    void theSeedDocumentsFactsReachTheQueryApiAndTheStreamAsExtracted() throws Exception {
        String seed = Files.readString(sharedDir().resolve("corpus/prc-hr-2000-ch7.txt"));
        try (SseCollector stream = new SseCollector(query.url("/api/stream"), null)) {
            JsonNode dryRun = postText(ingest.url("/api/extract?title=seed"), seed, 200);
            Map<String, JsonNode> expected = new HashMap<>();
            for (JsonNode fact : dryRun.get("facts")) {
                expected.put(FactIdentity.canonicalId(FactJson.fromJson(fact)), fact);
            }
            assertTrue(expected.size() >= 25, "the seed gives dozens of facts, the dry run gave " + expected.size());

            JsonNode accepted = postText(ingest.url("/api/documents?title=" + enc("Progress in China's Human Rights Cause in 2000")), seed, 202);
            String documentId = accepted.get("id").asText();
            assertEquals(dryRun.get("documentId").asText(), documentId);

            List<JsonNode> served = awaitValue(() -> factsOfDocument(documentId), facts -> facts.size() >= expected.size());
            Map<String, JsonNode> servedById = new HashMap<>();
            served.forEach(fact -> servedById.put(fact.get("id").asText(), fact));
            assertEquals(expected.keySet(), servedById.keySet(), "canonical facts served for the document");
            for (var entry : expected.entrySet()) {
                JsonNode servedFact = servedById.get(entry.getKey());
                assertEquals(FactIdentity.canonicalKey(FactJson.fromJson(entry.getValue())),
                        FactIdentity.canonicalKey(FactJson.fromJson(factFields(servedFact))), entry.getKey());
                assertEquals(entry.getValue().get("evidence"), servedFact.get("evidence"));
            }

            Set<String> streamed = awaitValue(() -> recordedIds(stream), ids -> ids.containsAll(expected.keySet()));
            assertTrue(streamed.containsAll(expected.keySet()));
            stream.events().forEach(event -> assertFalse(event.id() == null || event.id().isBlank(), "every SSE event has an id"));

            int documentsBefore = documentCount();
            JsonNode again = postText(ingest.url("/api/documents?title=again"), seed, 202);
            assertEquals(documentId, again.get("id").asText(), "content-addressed ids");
            Thread.sleep(5_000);
            assertEquals(expected.size(), factsOfDocument(documentId).size(), "resubmitting changes no fact count");
            assertEquals(documentsBefore, documentCount(), "resubmitting changes no document count");
        }
    }

    @Test
    void badInputGetsProblemDetailsAndNoServerError() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(ingest.url("/api/documents")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\", \"text\": ")).build()), 400);
        assertProblem(send(HttpRequest.newBuilder(ingest.url("/api/documents")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\", \"text\": \"  \"}")).build()), 400, 422);
        assertProblem(send(HttpRequest.newBuilder(ingest.url("/api/documents")).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{1, 2, 3})).build()), 415);
        assertProblem(send(HttpRequest.newBuilder(ingest.url("/api/documents?title=bad")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'a', (byte) 0xC3, (byte) 0x28, 'b'})).build()), 400, 422);
        byte[] tooLarge = "a".repeat(5 * 1024 * 1024 + 10).getBytes(StandardCharsets.UTF_8);
        assertProblem(send(HttpRequest.newBuilder(ingest.url("/api/documents?title=big")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)).build()), 413);
        assertProblem(send(HttpRequest.newBuilder(query.url("/api/facts/fct-00000000000000000000")).build()), 404);
        assertProblem(send(HttpRequest.newBuilder(query.url("/api/documents/doc-00000000000000000000")).build()), 404);
        assertProblem(send(HttpRequest.newBuilder(query.url("/api/facts?cursor=not-a-cursor!!")).build()), 400);
        assertProblem(send(HttpRequest.newBuilder(query.url("/api/facts?from=last-tuesday")).build()), 400);
    }

    private static void assertProblem(HttpResponse<String> response, int... allowed) throws Exception {
        boolean statusAllowed = false;
        for (int status : allowed) {
            statusAllowed |= response.statusCode() == status;
        }
        assertTrue(statusAllowed, "status " + response.statusCode() + " for " + response.request().uri() + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(response.statusCode(), problem.get("status").asInt());
        assertFalse(problem.path("detail").asText().isBlank(), "a problem says what is wrong");
    }

    private static List<JsonNode> factsOfDocument(String documentId) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(query.url("/api/facts?limit=500&document=" + documentId)).build());
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> facts = new java.util.ArrayList<>();
        JSON.readTree(response.body()).get("items").forEach(facts::add);
        return facts;
    }

    private static int documentCount() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(query.url("/api/documents?limit=500")).build());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("items").size();
    }

    private static Set<String> recordedIds(SseCollector stream) throws Exception {
        Set<String> ids = new HashSet<>();
        for (SseCollector.Event event : stream.events()) {
            JsonNode data = JSON.readTree(event.data());
            if (data.hasNonNull("id")) {
                ids.add(data.get("id").asText());
            }
        }
        return ids;
    }

    /** The fact's own fields, without what the query API adds around them (sources, conflicts...). */
    private static JsonNode factFields(JsonNode served) {
        ObjectNode copy = served.deepCopy();
        for (String extra : List.of("sources", "conflicts", "mentions", "retracted", "documents", "sourceCount")) {
            copy.remove(extra);
        }
        return copy;
    }

    private static JsonNode postText(URI uri, String text, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> T awaitValue(ThrowingSupplier<T> supplier, java.util.function.Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        T value = supplier.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            value = supplier.get();
        }
        return value;
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    private static Map<String, String> withDatabase(Map<String, String> base, String database) {
        Map<String, String> properties = new HashMap<>(base);
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        properties.put("quarkus.datasource.username", postgres.user());
        properties.put("quarkus.datasource.password", postgres.password());
        return properties;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Path sharedDir() {
        String configured = System.getProperty("rapporteur.shared.dir");
        return configured != null ? Path.of(configured) : Path.of("../../shared");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
