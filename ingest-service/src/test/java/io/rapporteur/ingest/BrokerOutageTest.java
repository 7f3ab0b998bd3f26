package io.rapporteur.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.ingest.support.TopicRecords;
import io.rapporteur.testsupport.RapporteurTestResources;
import io.rapporteur.testsupport.kafka.KafkaBroker;
import io.rapporteur.testsupport.kafka.TestKafka;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * 202 means durable: with the broker away the service says so (503, try again) instead of pretending, and once the
 * broker is back the same submission goes through and the worker, reconnected, extracts it.
 */
@QuarkusTest
@QuarkusTestResource(RapporteurTestResources.class)
class BrokerOutageTest {

    @Test
    void noAcknowledgementNoAcceptanceAndTheWorkerRecovers() {
        String text = "Outage " + UUID.randomUUID() + ". In May 2005 the Special Rapporteur visited China.";
        String id = DocumentIds.of(text);
        KafkaBroker broker = TestKafka.broker();
        broker.stop();
        try {
            given().contentType("text/plain").body(text)
                    .when().post("/api/documents")
                    .then().statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", containsString(id));
        } finally {
            broker.start();
        }
        given().contentType("text/plain").body(text)
                .when().post("/api/documents")
                .then().statusCode(202).body("id", equalTo(id));
        TopicRecords.await(Topics.FACTS, TopicRecords.keyed(id), 1, Duration.ofSeconds(90));
    }
}
