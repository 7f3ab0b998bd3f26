package io.rapporteur.query;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.query.support.CatalogTopic;
import io.rapporteur.query.support.SseClient;
import io.rapporteur.testsupport.RapporteurTestResources;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RapporteurTestResources.class, initArgs = @ResourceArg(name = "database", value = "query"))
class StreamApiTest {

    static final EntityRef AUSTRALIA = new EntityRef("AUS", "Australia");
    static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/api/stream")
    URL stream;

    static Fact ratification(String treaty, String name, String date) {
        return io.rapporteur.query.support.Facts.treatyAction("RATIFICATION", AUSTRALIA, new EntityRef(treaty, name),
                date, "Australia ratified the " + name + " on " + date + ".");
    }

    @Test
    void reconnectingWithLastEventIdReplaysExactlyTheMissedEventsInOrder() throws Exception {
        Fact cat = ratification("treaty:CAT", "Convention against Torture", "1989-08-08");
        Fact crc = ratification("treaty:CRC", "Convention on the Rights of the Child", "1990-12-17");
        Fact crpd = ratification("treaty:CRPD", "Convention on the Rights of Persons with Disabilities", "2008-07-17");
        Fact opcat = ratification("treaty:OP-CAT", "Optional Protocol to the Convention against Torture", "2017-12-21");
        Fact elsewhere = io.rapporteur.query.support.Facts.treatyAction("RATIFICATION", new EntityRef("NZL", "New Zealand"),
                new EntityRef("treaty:CAT", "Convention against Torture"), "1989-12-10",
                "New Zealand ratified the Convention against Torture on 10 December 1989.");

        String lastSeen;
        try (SseClient client = new SseClient(stream + "?actor=AUS", null)) {
            assertEquals(200, client.status());
            CatalogTopic.publish(CatalogTopic.recorded(cat), CatalogTopic.recorded(crc));
            SseClient.Event first = client.next(WAIT);
            SseClient.Event second = client.next(WAIT);
            assertNotNull(first, "first live event");
            assertNotNull(second, "second live event");
            assertEquals("FactRecorded", first.type());
            assertEquals(cat.id(), JsonPath.from(first.data()).getString("id"));
            assertEquals(crc.id(), JsonPath.from(second.data()).getString("id"));
            assertTrue(Long.parseLong(second.id()) > Long.parseLong(first.id()));
            lastSeen = second.id();
        }

        CatalogTopic.publish(CatalogTopic.recorded(crpd), CatalogTopic.recorded(elsewhere), CatalogTopic.recorded(opcat));
        // Wait until the service has applied them, so the reconnect must replay rather than receive them live.
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> given().get("/api/facts/" + opcat.id()).statusCode() == 200);

        try (SseClient client = new SseClient(stream + "?actor=AUS", lastSeen)) {
            List<SseClient.Event> replayed = new ArrayList<>();
            replayed.add(client.next(WAIT));
            replayed.add(client.next(WAIT));
            assertEquals(List.of(crpd.id(), opcat.id()),
                    replayed.stream().map(e -> JsonPath.from(e.data()).getString("id")).toList());
            assertTrue(Long.parseLong(replayed.get(0).id()) > Long.parseLong(lastSeen));
            assertTrue(Long.parseLong(replayed.get(1).id()) > Long.parseLong(replayed.get(0).id()));
            assertEquals("AUS", JsonPath.from(replayed.get(1).data()).getString("actor.id"));
            assertNull(client.next(Duration.ofSeconds(3)), "nothing else: the NZL fact does not match actor=AUS");
            assertNotNull(client.nextComment(Duration.ofSeconds(10)), "heartbeat comments keep the connection open");

            // ... and live events follow the replay on the same connection.
            CatalogTopic.publish(CatalogTopic.corroborated(cat));
            SseClient.Event live = client.next(WAIT);
            assertNotNull(live);
            assertEquals("FactCorroborated", live.type());
            assertEquals(cat.id(), JsonPath.from(live.data()).getString("id"));
        }
    }

    @Test
    void aBadLastEventIdIsABadRequest() {
        given().header("Last-Event-ID", "yesterday").accept("text/event-stream").get("/api/stream")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Last-Event-ID"));
        given().queryParam("from", "soon").accept("text/event-stream").get("/api/stream")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
