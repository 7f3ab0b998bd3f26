package io.rapporteur.query;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.query.support.CatalogTopic;
import io.rapporteur.query.support.Documents;
import io.rapporteur.query.support.Facts;
import io.restassured.path.json.JsonPath;
import io.rapporteur.testsupport.RapporteurTestResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RapporteurTestResources.class, initArgs = @ResourceArg(name = "database", value = "query"))
class FactsApiTest {

    static final EntityRef CHINA_GOVERNMENT = Facts.ref("CHN", "The Chinese government");
    static final EntityRef ICESCR = Facts.ref("treaty:ICESCR",
            "International Covenant on Economic, Social and Cultural Rights");
    static final CatalogDocument WHITE_PAPER = Documents.whitePaper2000();
    static final CatalogDocument RATIFICATION_RELEASE = Documents.pressRelease(
            "China ratifies the International Covenant on Economic, Social and Cultural Rights", "2001-02-28",
            "Beijing, 28 February 2001. The Standing Committee of the National People's Congress ratified the "
                    + "International Covenant on Economic, Social and Cultural Rights on 28 February 2001. "
                    + "China made a statement on Article 8.1(a) of the Covenant.");

    static final Fact SIGNATURE = Facts.treatyAction("SIGNATURE", CHINA_GOVERNMENT, ICESCR, "1997-10",
            "The Chinese government signed the International Covenant on Economic, Social and Cultural Rights and the "
                    + "International Covenant on Civil and Political Rights in October 1997 and October 1998, respectively.");
    static final Fact ICCPR_SIGNATURE = Facts.treatyAction("SIGNATURE", CHINA_GOVERNMENT,
            Facts.ref("treaty:ICCPR", "International Covenant on Civil and Political Rights"), "1998-10",
            SIGNATURE.evidence());
    static final Fact RATIFICATION = Facts.treatyAction("RATIFICATION", Facts.ref("CHN", "China"), ICESCR,
            "2001-02-28", "Beijing, 28 February 2001. The Standing Committee of the National People's Congress ratified "
                    + "the International Covenant on Economic, Social and Cultural Rights on 28 February 2001.");
    static final String DIALOGUE_EVIDENCE = "In February and September 2000, respectively, China held the ninth and "
            + "tenth dialogues on human rights with the European Union.";
    static final List<EntityRef> CHINA_EU = List.of(Facts.ref("CHN", "China"), Facts.ref("org:EU", "the European Union"));
    static final Fact DIALOGUE_9 = Facts.dialogue(CHINA_EU, 9, "human rights", "2000-02", null, DIALOGUE_EVIDENCE);
    static final Fact DIALOGUE_10 = Facts.dialogue(CHINA_EU, 10, "human rights", "2000-09", null, DIALOGUE_EVIDENCE);

    private static boolean published;

    /** Once per class, but after Quarkus has started (a static @BeforeAll runs before RestAssured knows the port). */
    @BeforeEach
    void publishTheCatalog() {
        if (published) {
            return;
        }
        published = true;
        CatalogTopic.publish(
                CatalogTopic.cataloged(WHITE_PAPER),
                CatalogTopic.cataloged(RATIFICATION_RELEASE),
                CatalogTopic.recorded(SIGNATURE, Facts.mention(WHITE_PAPER, SIGNATURE)),
                CatalogTopic.recorded(ICCPR_SIGNATURE, Facts.mention(WHITE_PAPER, ICCPR_SIGNATURE)),
                CatalogTopic.recorded(DIALOGUE_9, Facts.mention(WHITE_PAPER, DIALOGUE_9)),
                CatalogTopic.recorded(DIALOGUE_10, Facts.mention(WHITE_PAPER, DIALOGUE_10)),
                CatalogTopic.recorded(RATIFICATION, Facts.mention(RATIFICATION_RELEASE, RATIFICATION)));
        await().atMost(Duration.ofSeconds(60)).until(() -> ids(Map.of("actor", "CHN", "treaty", "ICESCR")).size() == 2
                && ids(Map.of("document", WHITE_PAPER.id())).size() == 4);
    }

    @Test
    void factsComeInDateOrderWithTheirSources() {
        JsonPath page = facts(Map.of("treaty", "treaty:ICESCR", "actor", "CHN"));
        assertEquals(List.of(SIGNATURE.id(), RATIFICATION.id()), page.getList("items.id"));
        assertEquals(List.of("SIGNATURE", "RATIFICATION"), page.getList("items.action"));
        assertEquals(List.of("1997-10", "2001-02-28"), page.getList("items.date"));
        assertEquals(List.of(WHITE_PAPER.id()), page.getList("items[0].sources.documentId"));
        assertEquals(List.of(RATIFICATION_RELEASE.id()), page.getList("items[1].sources.documentId"));
        assertEquals("CHN", page.getString("items[0].actor.id"));
        assertNull(page.get("nextCursor"));
    }

    @Test
    void aYearLiesWithinItsOwnDays() {
        List<String> year = ids(Map.of("actor", "org:EU", "from", "2000", "to", "2000"));
        assertEquals(List.of(DIALOGUE_9.id(), DIALOGUE_10.id()), year);
        assertEquals(year, ids(Map.of("actor", "org:EU", "from", "2000-01-01", "to", "2000-12-31")));
        assertEquals(List.of(DIALOGUE_10.id()), ids(Map.of("actor", "org:EU", "from", "2000-03")));
        assertEquals(List.of(DIALOGUE_9.id()), ids(Map.of("actor", "org:EU", "to", "2000-02")));
        assertEquals(List.of(SIGNATURE.id(), ICCPR_SIGNATURE.id(), DIALOGUE_9.id(), DIALOGUE_10.id()),
                ids(Map.of("document", WHITE_PAPER.id(), "to", "2000-12-31")));
        assertEquals(List.of(RATIFICATION.id()), ids(Map.of("actor", "CHN", "from", "2001")));
    }

    @Test
    void filtersByTypeAndFullText() {
        assertEquals(List.of(DIALOGUE_9.id(), DIALOGUE_10.id()),
                ids(Map.of("type", "EXCHANGE", "document", WHITE_PAPER.id())));
        assertEquals(List.of(DIALOGUE_9.id(), DIALOGUE_10.id()),
                ids(Map.of("q", "dialogue European", "document", WHITE_PAPER.id())));
        assertEquals(List.of(RATIFICATION.id()), ids(Map.of("q", "ratified", "actor", "CHN")));
        assertEquals(List.of(), ids(Map.of("q", "Antarctica", "actor", "CHN")));
    }

    @Test
    void cursorPagesWalkTheWholeList() {
        List<String> all = ids(Map.of("actor", "CHN"));
        assertTrue(all.containsAll(List.of(SIGNATURE.id(), ICCPR_SIGNATURE.id(), DIALOGUE_9.id(), DIALOGUE_10.id(),
                RATIFICATION.id())));
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("actor", "CHN").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/facts").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(all, walked);
    }

    @Test
    void oneFactByIdAndDocuments() {
        given().get("/api/facts/" + DIALOGUE_9.id()).then().statusCode(200)
                .body("id", equalTo(DIALOGUE_9.id()))
                .body("ordinal", equalTo(9))
                .body("participants.id", equalTo(List.of("CHN", "org:EU")))
                .body("sources[0].mentionId", equalTo(Facts.mention(WHITE_PAPER, DIALOGUE_9).mentionId()));

        JsonPath list = given().get("/api/documents").then().statusCode(200).extract().jsonPath();
        assertEquals(4, (int) list.getInt("items.find { it.id == '" + WHITE_PAPER.id() + "' }.factCount"));
        assertEquals("2001-04", list.getString("items.find { it.id == '" + WHITE_PAPER.id() + "' }.published"));

        JsonPath document = given().get("/api/documents/" + WHITE_PAPER.id()).then().statusCode(200).extract().jsonPath();
        String text = document.getString("text");
        assertEquals(WHITE_PAPER.text(), text);
        List<Map<String, Object>> facts = document.getList("facts");
        List<Object> factIds = facts.stream().map(f -> f.get("id")).toList();
        assertTrue(java.util.Set.of(SIGNATURE.id(), ICCPR_SIGNATURE.id()).containsAll(factIds.subList(0, 2)),
                "facts in text order: the signature sentence comes first");
        assertEquals(java.util.Set.of(SIGNATURE.id(), ICCPR_SIGNATURE.id(), DIALOGUE_9.id(), DIALOGUE_10.id()),
                java.util.Set.copyOf(factIds));
        for (int i = 0; i < facts.size(); i++) {
            int start = document.getInt("facts[" + i + "].mentions[0].sentence.start");
            int end = document.getInt("facts[" + i + "].mentions[0].sentence.end");
            assertEquals(document.getString("facts[" + i + "].evidence"), text.substring(start, end));
            int argStart = document.getInt("facts[" + i + "].mentions[0].arguments[0].span.start");
            int argEnd = document.getInt("facts[" + i + "].mentions[0].arguments[0].span.end");
            assertTrue(argStart >= start && argEnd <= end, "argument span inside its sentence");
        }
        assertEquals("China", text.substring(document.getInt("facts.find { it.ordinal == 9 }.mentions[0].arguments[0].span.start"),
                document.getInt("facts.find { it.ordinal == 9 }.mentions[0].arguments[0].span.end")));
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        given().get("/api/facts/fct-00000000000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("fct-00000000000000000000"));
        given().get("/api/documents/doc-00000000000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badFiltersAreBadRequestProblems() {
        badRequest(Map.of("type", "TREATY"), "type");
        badRequest(Map.of("from", "2000-13"), "from");
        badRequest(Map.of("to", "last year"), "to");
        badRequest(Map.of("from", "2001", "to", "2000"), "after");
        badRequest(Map.of("limit", "0"), "limit");
        badRequest(Map.of("limit", "501"), "limit");
        badRequest(Map.of("limit", "ten"), "limit");
        badRequest(Map.of("cursor", "%%%not-base64"), "cursor");
        badRequest(Map.of("cursor", java.util.Base64.getUrlEncoder().encodeToString("v1|yesterday|x".getBytes())), "cursor");
    }

    @Test
    void treatyStatusListsEachStatesActionsWithSources() {
        JsonPath status = given().queryParam("state", "CHN").get("/api/treaty-status").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("treaty:ICCPR", "treaty:ICESCR"), status.getList("items.treaty"));
        assertEquals(List.of("CHN", "CHN"), status.getList("items.state"));
        assertEquals(List.of("SIGNATORY", "PARTY"), status.getList("items.standing"));
        assertEquals(List.of("SIGNATURE", "RATIFICATION"), status.getList("items[1].actions.action"));
        assertEquals(List.of("1997-10", "2001-02-28"), status.getList("items[1].actions.date"));
        assertEquals(RATIFICATION_RELEASE.id(), status.getString("items[1].actions[1].sources[0].documentId"));
        assertEquals(RATIFICATION.evidence(), status.getString("items[1].actions[1].sources[0].evidence"));

        JsonPath one = given().queryParam("state", "CHN").queryParam("treaty", "ICESCR").get("/api/treaty-status")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("treaty:ICESCR"), one.getList("items.treaty"));
        assertEquals(List.of(), given().queryParam("state", "ATA").get("/api/treaty-status").then().statusCode(200)
                .extract().jsonPath().getList("items"));
    }

    @Test
    void dialogueSeriesShowsRoundsAndTheMissingOnes() {
        JsonPath series = given().queryParam("participant", "org:EU").queryParam("format", "dialogue")
                .get("/api/series").then().statusCode(200).extract().jsonPath();
        assertEquals(1, series.getList("items").size());
        assertEquals(List.of("CHN", "org:EU"), series.getList("items[0].participants"));
        assertEquals("human rights", series.getString("items[0].topic"));
        assertEquals(List.of(9, 10), series.getList("items[0].rounds.ordinal"));
        assertEquals(List.of("2000-02", "2000-09"), series.getList("items[0].rounds.date"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), series.getList("items[0].missingRounds"));
        assertEquals(WHITE_PAPER.id(), series.getString("items[0].rounds[0].sources[0].documentId"));
        given().queryParam("format", "TEA_PARTY").get("/api/series").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("TEA_PARTY"));
    }

    @Test
    void actorProfileCountsAndCounterparts() {
        JsonPath profile = given().get("/api/actors/CHN").then().statusCode(200).extract().jsonPath();
        assertEquals(5, profile.getInt("facts"));
        assertEquals(3, profile.getInt("byType.TREATY_ACTION"));
        assertEquals(2, profile.getInt("byType.EXCHANGE"));
        assertEquals(2, profile.getInt("counterparts.find { it.id == 'org:EU' }.facts"));
        assertEquals(2, profile.getInt("counterparts.find { it.id == 'treaty:ICESCR' }.facts"));
        assertEquals(1, profile.getInt("counterparts.find { it.id == 'treaty:ICCPR' }.facts"));
        assertEquals(SIGNATURE.id(), profile.getString("firstDated.id"));
        assertEquals(RATIFICATION.id(), profile.getString("lastDated.id"));
        given().get("/api/actors/person:nobody-at-all").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsExportAsCsvAndNdjson() {
        String csv = given().accept("text/csv").queryParam("document", WHITE_PAPER.id()).get("/api/facts")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("id,type,date,entities,documents,evidence", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith(SIGNATURE.id() + ",TREATY_ACTION,1997-10,"), lines.get(1));
        assertTrue(lines.get(1).endsWith("\"" + SIGNATURE.evidence() + "\""), "evidence with commas is quoted");

        String ndjson = given().accept("application/x-ndjson").queryParam("actor", "org:EU").get("/api/facts")
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        List<String> ids = ndjson.lines().map(line -> JsonPath.from(line).getString("id")).toList();
        assertEquals(List.of(DIALOGUE_9.id(), DIALOGUE_10.id()), ids);

        String documents = given().accept("text/csv").get("/api/documents").then().statusCode(200).extract().asString();
        assertTrue(documents.lines().anyMatch(l -> l.startsWith(WHITE_PAPER.id() + ",") && l.endsWith(",en,4")),
                documents);
        given().accept("text/csv").queryParam("type", "NOPE").get("/api/facts").then().statusCode(400)
                .contentType("application/problem+json");
    }

    static void badRequest(Map<String, String> params, String mentioned) {
        given().queryParams(params).get("/api/facts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString(mentioned));
    }

    static JsonPath facts(Map<String, ?> params) {
        return given().queryParams(params).queryParam("limit", 500).get("/api/facts")
                .then().statusCode(200).extract().jsonPath();
    }

    static List<String> ids(Map<String, ?> params) {
        return facts(params).getList("items.id");
    }

    static Place beijing() {
        return new Place("Beijing", "CHN");
    }
}
