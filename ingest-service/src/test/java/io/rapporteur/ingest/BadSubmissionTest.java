package io.rapporteur.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.ingest.support.TopicRecords;
import io.rapporteur.testsupport.RapporteurTestResources;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad input gets its 4xx as application/problem+json with a detail that says what to fix, and nothing of
 * it reaches the event log. Each request carries a fresh marker; the document topic is then searched for it.
 */
@QuarkusTest
@QuarkusTestResource(RapporteurTestResources.class)
class BadSubmissionTest {

    static final int FIVE_MB = 5 * 1024 * 1024;

    @TestHTTPResource("/api/documents")
    URL documents;

    /** Where the document topic ended before the test: whatever a refused request published would come after. */
    Map<TopicPartition, Long> before;

    @BeforeEach
    void rememberTheEndOfTheDocumentTopic() {
        before = TopicRecords.endOffsets(Topics.DOCUMENTS);
    }

    @Test
    void malformedJson() {
        String marker = marker();
        refused(given().contentType("application/json").body("{\"title\": \"" + marker + "\", \"text\": "), 400)
                .body("detail", containsString("not valid JSON"));
        nothingPublished(marker);
    }

    @Test
    void jsonWithoutText() {
        String marker = marker();
        refused(given().contentType("application/json").body("{\"title\": \"" + marker + "\"}"), 400)
                .body("detail", containsString("'text' is required"));
        nothingPublished(marker);
    }

    @Test
    void jsonWithBlankText() {
        String marker = marker();
        refused(given().contentType("application/json").body("{\"title\": \"" + marker + "\", \"text\": \" \\n \"}"), 400)
                .body("detail", containsString("'text' is blank"));
        nothingPublished(marker);
    }

    @Test
    void jsonTextThatIsNotAString() {
        String marker = marker();
        refused(given().contentType("application/json").body("{\"title\": \"" + marker + "\", \"text\": 42}"), 400)
                .body("detail", containsString("'text' must be a string"));
        nothingPublished(marker);
    }

    @Test
    void jsonThatIsNotAnObject() {
        String marker = marker();
        refused(given().contentType("application/json").body("[\"" + marker + "\"]"), 400)
                .body("detail", containsString("JSON object"));
        nothingPublished(marker);
    }

    @Test
    void jsonWithAMisspelledField() {
        String marker = marker();
        refused(given().contentType("application/json")
                .body("{\"text\": \"" + marker + " in 2001\", \"publised\": \"2001\"}"), 400)
                .body("detail", containsString("'publised'"));
        nothingPublished(marker);
    }

    @Test
    void emptyRawBody() {
        String marker = marker();
        refused(given().contentType("text/plain").queryParam("title", marker).body(new byte[0]), 400)
                .body("detail", containsString("empty"));
        nothingPublished(marker);
    }

    @Test
    void unsupportedContentType() {
        String marker = marker();
        refused(given().contentType("application/xml").body("<doc>" + marker + "</doc>"), 415)
                .body("detail", containsString("application/xml"));
        nothingPublished(marker);
    }

    @Test
    void formEncodedBodyAsCurlSendsByDefault() {
        String marker = marker();
        refused(given().contentType("application/x-www-form-urlencoded").body("text=" + marker), 415)
                .body("detail", containsString("text/plain"));
        nothingPublished(marker);
    }

    @Test
    void invalidUtf8() {
        String marker = marker();
        byte[] text = ("Invalid " + marker + " caf").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(text, text.length + 3);
        bad[text.length] = (byte) 0xC3;
        bad[text.length + 1] = (byte) 0x28; // not a continuation byte
        bad[text.length + 2] = '.';
        refused(given().contentType("text/plain; charset=UTF-8").body(bad), 400)
                .body("detail", containsString("UTF-8"));
        nothingPublished(marker);
    }

    @Test
    void binaryJunkAsText() {
        String marker = marker();
        byte[] junk = (marker + "\0\0\1\2\3\0").getBytes(StandardCharsets.ISO_8859_1);
        refused(given().contentType("text/plain").body(junk), 422)
                .body("detail", containsString("binary"));
        nothingPublished(marker);
    }

    @Test
    void aPdfThatIsNotAPdf() {
        String marker = marker();
        refused(given().contentType("application/pdf").body(("not a pdf " + marker).getBytes(StandardCharsets.US_ASCII)), 422)
                .body("detail", containsString("%PDF"));
        nothingPublished(marker);
    }

    @Test
    void publishedThatIsNotAnIsoDate() {
        for (String published : new String[]{"2000-13", "2001-02-30", "last spring", "17/02/2000"}) {
            String marker = marker();
            refused(given().contentType("text/plain").queryParam("published", published).body("Text " + marker), 400)
                    .body("detail", containsString("'published'"));
            nothingPublished(marker);
        }
        String marker = marker();
        refused(given().contentType("application/json")
                .body("{\"text\": \"Text " + marker + "\", \"published\": \"2000-02-31\"}"), 400)
                .body("detail", containsString("'published'"));
        nothingPublished(marker);
    }

    @Test
    void sourceThatIsNotAWebUrl() {
        for (String source : new String[]{"ftp://example.org/report.txt", "not a url", "www.example.org/x", "https://"}) {
            String marker = marker();
            refused(given().contentType("text/plain").queryParam("source", source).body("Text " + marker), 400)
                    .body("detail", containsString("'source'"));
            nothingPublished(marker);
        }
    }

    @Test
    void aDocumentOverFiveMegabytes() {
        String marker = marker();
        refused(given().contentType("text/plain").body(bigText(marker, FIVE_MB + 1)), 413)
                .body("detail", containsString("5 MB"));
        nothingPublished(marker);
    }

    @Test
    void aDocumentOverTheHttpLimitStillGetsAProblem() {
        String marker = marker();
        refused(given().contentType("text/plain").body(bigText(marker, 7 * 1024 * 1024)), 413)
                .body("detail", containsString("5 MB"));
        nothingPublished(marker);
    }

    @Test
    void aDocumentOverTheLimitSentInChunksWithoutALength() throws Exception {
        String marker = marker();
        byte[] big = bigText(marker, 7 * 1024 * 1024);
        HttpResponse<String> response = tooLarge(HttpClient.Version.HTTP_1_1,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertTrue(response.body().contains("5 MB"), response.body());
        nothingPublished(marker);
    }

    @Test
    void aDocumentOverTheLimitWithALengthFromAClientThatOffersHttp2() throws Exception {
        String marker = marker();
        HttpResponse<String> response = tooLarge(null,
                HttpRequest.BodyPublishers.ofByteArray(bigText(marker, FIVE_MB + 10)));
        assertTrue(response.body().contains("5 MB"), response.body());
        nothingPublished(marker);
    }

    @Test
    void aDocumentOverTheLimitStreamedOverHttp2() throws Exception {
        String marker = marker();
        byte[] big = bigText(marker, 7 * 1024 * 1024);
        tooLarge(HttpClient.Version.HTTP_2, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        nothingPublished(marker);
    }

    /**
     * Posts a plain-text body with java.net.http (a stream has no length: it goes chunked, or as HTTP/2 frames) and
     * checks that the answer is a 413 problem; {@code version} null lets the client choose (it offers HTTP/2).
     */
    private HttpResponse<String> tooLarge(HttpClient.Version version, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(documents.toString()))
                .header("Content-Type", "text/plain")
                .POST(body);
        if (version != null) {
            request.version(version);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        return response;
    }

    @Test
    void theExtractEndpointRefusesTheSame() {
        refusedAt("/api/extract", given().contentType("application/json").body("{\"text\": "), 400)
                .body("detail", containsString("JSON"));
        refusedAt("/api/extract", given().contentType("application/xml").body("<doc/>"), 415);
    }

    @Test
    void anExactlyFiveMegabyteDocumentIsAcceptedAndTravelsInOneRecord() {
        // Random words hardly compress: the record is about as large as the text, over the broker's default 1 MB.
        java.util.Random random = new java.util.Random(42);
        StringBuilder text = new StringBuilder(FIVE_MB).append(marker()).append(' ');
        while (text.length() < FIVE_MB - 20) {
            for (int i = 0, n = 2 + random.nextInt(9); i < n; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        while (text.length() < FIVE_MB) {
            text.append('.');
        }
        String id = given().contentType("text/plain").body(text.toString().getBytes(StandardCharsets.US_ASCII))
                .when().post("/api/documents").then().statusCode(202).extract().path("id");
        assertTrue(TopicRecords.readSince(Topics.DOCUMENTS, before).stream().anyMatch(r -> id.equals(r.key())));
    }

    private ValidatableResponse refused(RequestSpecification request, int status) {
        return refusedAt("/api/documents", request, status);
    }

    private ValidatableResponse refusedAt(String path, RequestSpecification request, int status) {
        return request.when().post(path).then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    private static String marker() {
        return "marker-" + UUID.randomUUID();
    }

    /** Plain ASCII text of exactly {@code size} bytes, starting with the marker. */
    private static byte[] bigText(String marker, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        byte[] head = (marker + " ").getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(head);
        byte[] sentence = "The delegations discussed human rights. ".getBytes(StandardCharsets.US_ASCII);
        while (out.size() + sentence.length <= size) {
            out.writeBytes(sentence);
        }
        while (out.size() < size) {
            out.write('.');
        }
        return out.toByteArray();
    }

    private void nothingPublished(String marker) {
        assertTrue(TopicRecords.readSince(Topics.DOCUMENTS, before).stream()
                        .noneMatch(r -> r.value() != null && r.value().contains(marker)),
                "a refused document must not reach " + Topics.DOCUMENTS);
    }
}
