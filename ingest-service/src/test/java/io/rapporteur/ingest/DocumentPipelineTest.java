package io.rapporteur.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.DocumentWithdrawalRequested;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.extractor.text.DocumentTexts;
import io.rapporteur.ingest.support.TopicRecords;
import io.rapporteur.testsupport.RapporteurTestResources;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The happy path, end to end through the real broker: HTTP in, DocumentSubmitted out, worker, FactsExtracted out. */
@QuarkusTest
@QuarkusTestResource(RapporteurTestResources.class)
class DocumentPipelineTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ObjectMapper mapper;

    static byte[] seedDocument() throws Exception {
        Path shared = Path.of(System.getProperty("rapporteur.shared.dir", "../../shared"));
        return Files.readAllBytes(shared.resolve("corpus/prc-hr-2000-ch7.txt"));
    }

    @Test
    void theSeedDocumentIsPublishedAndItsFactsFollowAsPostExtractShowsThem() throws Exception {
        byte[] seed = seedDocument();
        String normalised = DocumentTexts.normalise(seed, "text/plain").text();
        String expectedId = DocumentIds.of(normalised);

        given().contentType("text/plain; charset=UTF-8").body(seed)
                .queryParam("title", "Progress in China's Human Rights Cause in 2000, VII")
                .queryParam("published", "2001-04")
                .queryParam("source", "https://www.example.org/white-papers/2001-04")
                .queryParam("language", "en")
                .when().post("/api/documents")
                .then().statusCode(202)
                .header("Location", endsWith("/api/documents/" + expectedId))
                .body("id", equalTo(expectedId))
                .body("status", equalTo("accepted"))
                .body("title", equalTo("Progress in China's Human Rights Cause in 2000, VII"));

        ConsumerRecord<String, String> submitted = TopicRecords.await(Topics.DOCUMENTS,
                r -> expectedId.equals(r.key())
                        && EventTypes.DOCUMENT_SUBMITTED.equals(TopicRecords.header(r, "ce_type")), 1, WAIT).get(0);
        assertEquals("1.0", TopicRecords.header(submitted, "ce_specversion"));
        assertEquals("/rapporteur/ingest-service", TopicRecords.header(submitted, "ce_source"));
        assertNotNull(TopicRecords.header(submitted, "ce_id"));
        DocumentSubmitted event = mapper.readValue(submitted.value(), DocumentSubmitted.class);
        assertEquals(expectedId, event.documentId());
        assertEquals(normalised, event.text());
        assertEquals("2001-04", event.published());
        assertEquals("https://www.example.org/white-papers/2001-04", event.source());
        assertEquals("en", event.language());
        assertEquals("text/plain", event.mediaType());

        ConsumerRecord<String, String> extracted = TopicRecords.await(Topics.FACTS, TopicRecords.keyed(expectedId), 1,
                WAIT).get(0);
        assertEquals(EventTypes.FACTS_EXTRACTED, TopicRecords.header(extracted, "ce_type"));
        assertEquals("/rapporteur/ingest-service", TopicRecords.header(extracted, "ce_source"));
        FactsExtracted published = mapper.readValue(extracted.value(), FactsExtracted.class);
        assertEquals(expectedId, published.documentId());
        assertFalse(published.facts().isEmpty(), "the seed document states many dated facts");
        Set<String> ids = new HashSet<>();
        for (Fact fact : published.facts()) {
            assertEquals(FactIdentity.mentionId(expectedId, fact), fact.id(), "a fact's id is its mention id");
            assertTrue(ids.add(fact.id()), "one record per mention: " + fact.id() + " twice");
            assertTrue(normalised.contains(fact.evidence()), "evidence is a sentence of the stored text");
        }

        Response dryRun = given().contentType("text/plain; charset=UTF-8").body(seed)
                .queryParam("published", "2001-04")
                .when().post("/api/extract");
        dryRun.then().statusCode(200).body("documentId", equalTo(expectedId));
        JsonNode shown = mapper.readTree(dryRun.asString());
        JsonNode sent = mapper.readTree(extracted.value());
        assertEquals(sent.get("facts"), shown.get("facts"), "POST /api/extract shows the facts the worker publishes");
        assertEquals(sent.get("extractorVersion"), shown.get("extractorVersion"));
    }

    @Test
    void theSameTextTwiceIsTheSameDocument() {
        String marker = UUID.randomUUID().toString();
        String text = "Twice submitted " + marker + ".\n\nOn 10 May 2005 China signed the Convention.";
        String first = given().contentType("text/plain").body(text)
                .when().post("/api/documents").then().statusCode(202).extract().path("id");
        // Same text, other white space and another way in: still the same document.
        String second = given().contentType("application/json")
                .body(Map.of("title", "again", "text", "  Twice submitted " + marker + ".\r\n\r\n\r\nOn 10 May 2005  China signed the Convention.  "))
                .when().post("/api/documents").then().statusCode(202).extract().path("id");
        assertEquals(first, second);
        assertTrue(DocumentIds.looksLikeId(first));

        List<ConsumerRecord<String, String>> both = TopicRecords.await(Topics.DOCUMENTS, TopicRecords.keyed(first), 2, WAIT);
        assertEquals(2, both.size());
    }

    @Test
    void aRawDocumentWithoutTitleIsCalledByItsFirstLine() throws Exception {
        String marker = UUID.randomUUID().toString();
        String html = "<html><head><title>ignored</title><script>var x = 1;</script></head><body>"
                + "<h1>Press release " + marker + "</h1><p>The Special Rapporteur visited China in September 2005.</p>"
                + "</body></html>";
        String id = given().contentType("text/html; charset=UTF-8").body(html.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/documents").then().statusCode(202)
                .body("title", equalTo("Press release " + marker))
                .extract().path("id");
        DocumentSubmitted event = mapper.readValue(
                TopicRecords.await(Topics.DOCUMENTS, TopicRecords.keyed(id), 1, WAIT).get(0).value(),
                DocumentSubmitted.class);
        assertEquals("text/html", event.mediaType());
        assertEquals("Press release " + marker + "\n\nThe Special Rapporteur visited China in September 2005.",
                event.text());
        assertEquals(DocumentIds.of(event.text()), id);
    }

    @Test
    void aJsonDocumentKeepsItsMetadata() throws Exception {
        String marker = UUID.randomUUID().toString();
        String id = given().contentType("application/json")
                .body(Map.of("title", "OHCHR " + marker, "text", "In 2004 the High Commissioner met officials " + marker + ".",
                        "source", "https://www.ohchr.org/en/press-releases/" + marker, "published", "2004-09-01"))
                .when().post("/api/documents").then().statusCode(202)
                .header("Location", endsWith("/api/documents/" + DocumentIds.of("In 2004 the High Commissioner met officials " + marker + ".")))
                .extract().path("id");
        DocumentSubmitted event = mapper.readValue(
                TopicRecords.await(Topics.DOCUMENTS, TopicRecords.keyed(id), 1, WAIT).get(0).value(),
                DocumentSubmitted.class);
        assertEquals("OHCHR " + marker, event.title());
        assertEquals("2004-09-01", event.published());
        assertEquals("application/json", event.mediaType());
        assertTrue(event.receivedAt() != null && !event.receivedAt().isBlank());
    }

    @Test
    void postExtractPublishesNothing() {
        String marker = UUID.randomUUID().toString();
        String text = "Dry run " + marker + ". China ratified the Convention against Torture in 1988.";
        String id = given().contentType("text/plain").body(text)
                .when().post("/api/extract").then().statusCode(200)
                .extract().path("documentId");
        assertEquals(DocumentIds.of(text), id);
        assertTrue(TopicRecords.readAll(Topics.DOCUMENTS).stream().noneMatch(r -> id.equals(r.key())
                || (r.value() != null && r.value().contains(marker))));
        assertTrue(TopicRecords.readAll(Topics.FACTS).stream().noneMatch(r -> id.equals(r.key())));
    }

    @Test
    void deletePublishesAWithdrawalRequest() throws Exception {
        String id = DocumentIds.of("withdrawn " + UUID.randomUUID());
        given().queryParam("reason", "published in error")
                .when().delete("/api/documents/" + id)
                .then().statusCode(202)
                .body("id", equalTo(id))
                .body("status", equalTo("withdrawal-requested"));
        ConsumerRecord<String, String> record = TopicRecords.await(Topics.DOCUMENTS, TopicRecords.keyed(id), 1, WAIT).get(0);
        assertEquals(EventTypes.DOCUMENT_WITHDRAWAL_REQUESTED, TopicRecords.header(record, "ce_type"));
        DocumentWithdrawalRequested event = mapper.readValue(record.value(), DocumentWithdrawalRequested.class);
        assertEquals(id, event.documentId());
        assertEquals("published in error", event.reason());
        assertNotNull(event.requestedAt());
    }

    @Test
    void deleteRefusesSomethingThatIsNotADocumentId() {
        given().when().delete("/api/documents/not-an-id")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", org.hamcrest.Matchers.containsString("not a document id"));
    }
}
