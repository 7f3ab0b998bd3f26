package io.rapporteur.query;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.query.support.CatalogTopic;
import io.rapporteur.query.support.Facts;
import io.rapporteur.testsupport.RapporteurTestResources;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@QuarkusTestResource(value = RapporteurTestResources.class, initArgs = @ResourceArg(name = "database", value = "query"))
class RebuildReadModelsTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final EntityRef NORWAY = new EntityRef("NOR", "Norway");

    static Fact accession(String treaty, String date) {
        return Facts.treatyAction("RATIFICATION", NORWAY, new EntityRef(treaty, treaty.substring(7)), date,
                "Norway ratified the " + treaty.substring(7) + " on " + date + ".");
    }

    @Test
    void rebuildReplaysTheTopicIntoNewTablesAndSwaps() {
        Fact iccpr = accession("treaty:ICCPR", "1972-09-13");
        Fact cedaw = accession("treaty:CEDAW", "1981-05-21");
        CatalogTopic.publish(CatalogTopic.recorded(iccpr), CatalogTopic.recorded(cedaw),
                CatalogTopic.retracted(cedaw.id()));
        await().atMost(WAIT).until(() -> given().get("/api/facts/" + iccpr.id()).statusCode() == 200
                && given().get("/api/facts/" + cedaw.id()).statusCode() == 404);
        String before = given().queryParam("limit", 500).get("/api/facts").asString();
        String schemaBefore = given().get("/api/admin/rebuild-read-models").jsonPath().getString("schema");

        given().post("/api/admin/rebuild-read-models").then().statusCode(202);
        given().post("/api/admin/rebuild-read-models").then().statusCode(409).contentType("application/problem+json");
        // The API keeps answering while the rebuild runs.
        given().get("/api/facts/" + iccpr.id()).then().statusCode(200);
        await().atMost(WAIT).until(() -> "COMPLETED".equals(
                given().get("/api/admin/rebuild-read-models").jsonPath().getString("state")));

        String schemaAfter = given().get("/api/admin/rebuild-read-models").jsonPath().getString("schema");
        assertNotEquals(schemaBefore, schemaAfter);
        assertEquals(before, given().queryParam("limit", 500).get("/api/facts").asString(),
                "the rebuilt read models answer exactly as the old ones did");
        given().get("/api/facts/" + cedaw.id()).then().statusCode(404);

        // The live consumer goes on into the new tables.
        Fact crc = accession("treaty:CRC", "1991-01-08");
        CatalogTopic.publish(CatalogTopic.recorded(crc));
        await().atMost(WAIT).until(() -> given().get("/api/facts/" + crc.id()).statusCode() == 200);
        assertEquals(List.of(iccpr.id(), crc.id()),
                given().queryParam("actor", "NOR").get("/api/facts").jsonPath().getList("items.id"));
    }
}
