package io.rapporteur.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog as system of record, through the public APIs: the same fact from two documents is one fact with two
 * sources, a different date for the same dialogue round is a visible conflict, resubmission changes nothing, and
 * withdrawing a document brings the totals back.
 */
class CatalogScenarioIT {

    @Test
    void oneFactManySourcesConflictsResubmissionAndWithdrawal() throws Exception {
        Pipeline pipeline = Pipeline.get();
        String seed = Documents.seed();
        String review = Documents.resource("eu-china-relations-2000.txt");
        String conflicting = Documents.resource("dialogue-round-ten-october.txt");

        Map<String, JsonNode> seedFacts = pipeline.dryRun(seed);
        Map<String, JsonNode> reviewFacts = pipeline.dryRun(review);
        Map<String, JsonNode> conflictingFacts = pipeline.dryRun(conflicting);
        Set<String> repeated = new TreeSet<>(reviewFacts.keySet());
        repeated.retainAll(seedFacts.keySet());
        assertEquals(3, repeated.size(), "the review repeats three facts of the seed in other words: " + reviewFacts.keySet());
        assertEquals(1, conflictingFacts.size(), "the press note states one dialogue round");

        String seedId = pipeline.submit("seed", seed);
        Pipeline.await(() -> pipeline.facts("document=" + seedId), facts -> facts.keySet().containsAll(seedFacts.keySet()));
        Set<String> beforeReview = pipeline.facts("").keySet();

        String reviewId = pipeline.submit("review", review);
        Set<String> expectedWithReview = union(beforeReview, reviewFacts.keySet());
        Set<String> withReview = Pipeline.await(() -> pipeline.facts("").keySet(), ids -> ids.equals(expectedWithReview));
        assertEquals(expectedWithReview, withReview, "totals after the review");
        for (String id : repeated) {
            JsonNode fact = Pipeline.await(() -> pipeline.getJson(pipeline.query.url("/api/facts/" + id)),
                    f -> documentsOf(f).size() == 2);
            assertEquals(Set.of(seedId, reviewId), documentsOf(fact), "sources of " + id);
        }

        String conflictingId = pipeline.submit("conflicting date", conflicting);
        String octoberRound = conflictingFacts.keySet().iterator().next();
        String septemberRound = seedFacts.entrySet().stream()
                .filter(e -> e.getValue().path("ordinal").asInt() == 10 && e.getValue().path("format").asText().equals("DIALOGUE"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        JsonNode september = Pipeline.await(() -> pipeline.getJson(pipeline.query.url("/api/facts/" + septemberRound)),
                f -> conflictIds(f).contains(octoberRound));
        assertTrue(conflictIds(september).contains(octoberRound), "the conflict is visible on the September round: " + september);
        Set<String> expectedWithAll = union(expectedWithReview, conflictingFacts.keySet());
        assertEquals(expectedWithAll, Pipeline.await(() -> pipeline.facts("").keySet(), ids -> ids.equals(expectedWithAll)));

        assertEquals(reviewId, pipeline.submit("review again", review));
        assertEquals(conflictingId, pipeline.submit("conflicting again", conflicting));
        Thread.sleep(5_000);
        assertEquals(expectedWithAll, pipeline.facts("").keySet(), "resubmitting changes nothing");
        for (String id : repeated) {
            assertEquals(2, documentsOf(pipeline.getJson(pipeline.query.url("/api/facts/" + id))).size());
        }

        var withdrawal = pipeline.send(HttpRequest.newBuilder(pipeline.ingest.url("/api/documents/" + reviewId)).DELETE().build());
        assertEquals(202, withdrawal.statusCode(), withdrawal.body());
        Set<String> expectedAfterWithdrawal = union(beforeReview, conflictingFacts.keySet());
        assertEquals(expectedAfterWithdrawal,
                Pipeline.await(() -> pipeline.facts("").keySet(), ids -> ids.equals(expectedAfterWithdrawal)),
                "withdrawing the review brings the totals back");
        for (String id : repeated) {
            JsonNode fact = Pipeline.await(() -> pipeline.getJson(pipeline.query.url("/api/facts/" + id)),
                    f -> documentsOf(f).equals(Set.of(seedId)));
            assertEquals(Set.of(seedId), documentsOf(fact), "the review is no longer a source of " + id);
        }
    }

    private static Set<String> documentsOf(JsonNode fact) {
        Set<String> documents = new HashSet<>();
        fact.path("sources").forEach(source -> documents.add(source.path("documentId").asText()));
        return documents;
    }

    private static Set<String> conflictIds(JsonNode fact) {
        Set<String> ids = new HashSet<>();
        fact.path("conflicts").forEach(conflict -> ids.add(conflict.isTextual() ? conflict.asText() : conflict.path("id").asText()));
        return ids;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }
}
