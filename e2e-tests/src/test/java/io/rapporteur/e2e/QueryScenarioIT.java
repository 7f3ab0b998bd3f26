package io.rapporteur.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The researchers' questions answered from the seed, a stream client that reconnects, and a rebuild. */
class QueryScenarioIT {

    private static Pipeline pipeline;
    private static Map<String, JsonNode> seedFacts;

    @BeforeAll
    static void loadTheSeed() throws Exception {
        pipeline = Pipeline.get();
        String seed = Documents.seed();
        seedFacts = pipeline.dryRun(seed);
        String seedId = pipeline.submit("seed", seed);
        Pipeline.await(() -> pipeline.facts("document=" + seedId), facts -> facts.keySet().containsAll(seedFacts.keySet()));
    }

    @Test
    void treatyStatusShowsChinasIcescrSignatureAndRatificationWithTheirSentences() throws Exception {
        JsonNode status = pipeline.getJson(pipeline.query.url("/api/treaty-status?state=CHN&treaty=ICESCR"));
        JsonNode icescr = null;
        for (JsonNode item : status.get("items")) {
            if (item.path("state").asText().equals("CHN") && item.path("treaty").asText().equals("treaty:ICESCR")) {
                icescr = item;
            }
        }
        assertNotNull(icescr, status.toString());
        Map<String, JsonNode> byAction = new HashMap<>();
        icescr.get("actions").forEach(action -> byAction.put(action.path("action").asText() + "@" + action.path("date").asText(), action));
        JsonNode signature = byAction.get("SIGNATURE@1997-10");
        JsonNode ratification = byAction.get("RATIFICATION@2001-02-28");
        assertNotNull(signature, icescr.toString());
        assertNotNull(ratification, icescr.toString());
        assertTrue(signature.get("sources").get(0).path("evidence").asText().contains("signed the International Covenant on Economic"));
        assertTrue(ratification.get("sources").get(0).path("evidence").asText().contains("ratified"));
    }

    @Test
    void theChinaEuDialogueSeriesShowsRoundsNineAndTenIn2000() throws Exception {
        JsonNode series = pipeline.getJson(pipeline.query.url("/api/series?participant=org:EU&format=DIALOGUE"));
        Set<String> rounds = new HashSet<>();
        for (JsonNode item : series.get("items")) {
            Set<String> participants = new HashSet<>();
            item.get("participants").forEach(p -> participants.add(p.isTextual() ? p.asText() : p.path("id").asText()));
            if (participants.equals(Set.of("CHN", "org:EU"))) {
                item.get("rounds").forEach(round -> rounds.add(round.path("ordinal").asText() + "@" + round.path("date").asText()));
            }
        }
        assertTrue(rounds.containsAll(Set.of("9@2000-02", "10@2000-09")), series.toString());
    }

    @Test
    void aReconnectingStreamClientGetsEverythingItMissedInOrder() throws Exception {
        String lastSeen;
        try (SseCollector first = new SseCollector(pipeline.query.url("/api/stream"), "0")) {
            List<SseCollector.Event> replayed = Pipeline.await(first::events,
                    events -> PipelineIT.streamedIdsOf(events).containsAll(seedFacts.keySet()));
            assertFalse(replayed.isEmpty());
            lastSeen = replayed.get(replayed.size() - 1).id();
        }
        String norway = Documents.resource("norway-ratification-2002.txt");
        String swiss = Documents.resource("swiss-dialogue-2003.txt");
        Set<String> missed = new HashSet<>(pipeline.dryRun(norway).keySet());
        missed.addAll(pipeline.dryRun(swiss).keySet());
        assertEquals(2, missed.size(), "each of the two documents states one fact");
        String norwayId = pipeline.submit("norway", norway);
        String swissId = pipeline.submit("swiss", swiss);
        Pipeline.await(() -> pipeline.facts("document=" + norwayId).size() + pipeline.facts("document=" + swissId).size(), n -> n == 2);

        try (SseCollector second = new SseCollector(pipeline.query.url("/api/stream"), lastSeen)) {
            List<SseCollector.Event> events = Pipeline.await(second::events,
                    received -> PipelineIT.streamedIdsOf(received).containsAll(missed));
            assertTrue(PipelineIT.streamedIdsOf(events).containsAll(missed), "missed facts after reconnecting: " + events);
            List<Long> ids = new ArrayList<>();
            events.forEach(event -> ids.add(Long.parseLong(event.id())));
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(ids.get(i) > ids.get(i - 1), "events in order: " + ids);
            }
            assertTrue(ids.get(0) > Long.parseLong(lastSeen), "nothing before Last-Event-ID is sent again");
        }
    }

    @Test
    void aRebuildRestoresIdenticalReadModels() throws Exception {
        Pipeline.await(() -> pipeline.getJson(pipeline.query.url("/api/admin/rebuild-read-models")),
                status -> !status.path("state").asText().equals("RUNNING"));
        Thread.sleep(3_000);
        String before = snapshot();
        var started = pipeline.send(HttpRequest.newBuilder(pipeline.query.url("/api/admin/rebuild-read-models"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(202, started.statusCode(), started.body());
        JsonNode status = Pipeline.await(() -> pipeline.getJson(pipeline.query.url("/api/admin/rebuild-read-models")),
                s -> s.path("state").asText().equals("COMPLETED") || s.path("state").asText().equals("FAILED"));
        assertEquals("COMPLETED", status.path("state").asText(), status.toString());
        assertEquals(before, snapshot());
    }

    private static String snapshot() throws Exception {
        return pipeline.facts("").toString()
                + pipeline.getJson(pipeline.query.url("/api/treaty-status"))
                + pipeline.getJson(pipeline.query.url("/api/series"))
                + pipeline.getJson(pipeline.query.url("/api/documents"));
    }
}
