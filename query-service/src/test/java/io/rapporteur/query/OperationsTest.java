package io.rapporteur.query;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.testsupport.RapporteurTestResources;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = RapporteurTestResources.class, initArgs = @ResourceArg(name = "database", value = "query"))
class OperationsTest {

    @Test
    void readinessCoversTheCatalogConsumer() {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("catalog-consumer"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void apiIsDescribedAndMeasured() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/treaty-status"))
                .body(containsString("/api/stream"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("rapporteur_query_events"));
    }
}
