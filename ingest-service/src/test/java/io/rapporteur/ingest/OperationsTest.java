package io.rapporteur.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.testsupport.RapporteurTestResources;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The operations endpoints every service has: health (Kafka and the worker), metrics, OpenAPI. */
@QuarkusTest
@QuarkusTestResource(RapporteurTestResources.class)
class OperationsTest {

    @Test
    void readyWhenKafkaIsThereAndAliveWhileTheWorkerRuns() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'extraction-worker' }.status", equalTo("UP"));
    }

    @Test
    void countersAreExposed() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("rapporteur_ingest_documents_accepted_total"))
                .body(containsString("rapporteur_ingest_facts_published_total"))
                .body(containsString("rapporteur_ingest_records_dead_lettered_total"));
    }

    @Test
    void theApiIsDescribed() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/documents'.post.responses.'202'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/extract'.post", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/documents/{id}'.delete", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().when().get("/api/nothing-here").then().statusCode(404);
    }
}
