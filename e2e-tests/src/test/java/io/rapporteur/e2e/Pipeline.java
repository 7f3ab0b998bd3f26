package io.rapporteur.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.testsupport.kafka.KafkaBroker;
import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole system for real, started once for all end-to-end tests of this JVM: a KRaft broker, fresh databases on the
 * local PostgreSQL, and the three packaged services as processes. Stopped when the JVM exits.
 */
final class Pipeline {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);
    private static Pipeline instance;

    final ServiceProcess ingest;
    final ServiceProcess catalog;
    final ServiceProcess query;
    private final KafkaBroker broker;
    private final PostgresServer postgres;
    private final List<String> databases = new ArrayList<>();

    private Pipeline() throws Exception {
        Path repo = Path.of(System.getProperty("rapporteur.repo.dir", ".."));
        Path logs = repo.resolve("e2e-tests/target/e2e-logs");
        broker = KafkaBroker.ephemeral().start();
        postgres = PostgresServer.fromEnvironment();
        Map<String, String> kafka = Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        ingest = new ServiceProcess("ingest-service", freePort(), repo, logs, kafka).start();
        catalog = new ServiceProcess("catalog-service", freePort(), repo, logs, withDatabase(kafka, "catalog")).start();
        query = new ServiceProcess("query-service", freePort(), repo, logs, withDatabase(kafka, "query")).start();
        for (ServiceProcess service : List.of(ingest, catalog, query)) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    static synchronized Pipeline get() throws Exception {
        if (instance == null) {
            instance = new Pipeline();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "e2e-pipeline-shutdown"));
        }
        return instance;
    }

    private void stop() {
        for (AutoCloseable closeable : new AutoCloseable[]{query, catalog, ingest, broker}) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // keep stopping the others
            }
        }
        databases.forEach(database -> TestDatabases.drop(postgres, database));
    }

    /** The dry-run extraction of a text: canonical id -> fact JSON, as the catalog will identify the facts. */
    Map<String, JsonNode> dryRun(String text) throws Exception {
        JsonNode answer = postText(ingest.url("/api/extract?title=dry-run"), text, 200);
        Map<String, JsonNode> facts = new LinkedHashMap<>();
        for (JsonNode fact : answer.get("facts")) {
            facts.put(FactIdentity.canonicalId(FactJson.fromJson(fact)), fact);
        }
        return facts;
    }

    /** Submits a document and answers its id. */
    String submit(String title, String text) throws Exception {
        return postText(ingest.url("/api/documents?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)), text, 202)
                .get("id").asText();
    }

    JsonNode postText(URI uri, String text, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    JsonNode getJson(URI uri) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).header("Accept", "application/json").build());
        assertEquals(200, response.statusCode(), uri + ": " + response.body());
        return JSON.readTree(response.body());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every fact the query API serves for the filter (all pages), by id. */
    Map<String, JsonNode> facts(String filter) throws Exception {
        Map<String, JsonNode> facts = new LinkedHashMap<>();
        String cursor = null;
        do {
            String page = "/api/facts?limit=500" + (filter.isEmpty() ? "" : "&" + filter)
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode answer = getJson(query.url(page));
            answer.get("items").forEach(fact -> facts.put(fact.get("id").asText(), fact));
            cursor = answer.path("nextCursor").isTextual() ? answer.get("nextCursor").asText() : null;
        } while (cursor != null);
        return facts;
    }

    static <T> T await(ThrowingSupplier<T> supplier, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        T value = supplier.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            value = supplier.get();
        }
        return value;
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    private Map<String, String> withDatabase(Map<String, String> base, String service) {
        String database = TestDatabases.create(postgres, "rapporteur_e2e_" + service);
        databases.add(database);
        Map<String, String> properties = new HashMap<>(base);
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        properties.put("quarkus.datasource.username", postgres.user());
        properties.put("quarkus.datasource.password", postgres.password());
        return properties;
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
