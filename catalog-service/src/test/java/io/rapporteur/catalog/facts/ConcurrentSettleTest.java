package io.rapporteur.catalog.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.catalog.LocalDatabase;
import io.rapporteur.catalog.entities.EntityStore;
import io.rapporteur.catalog.outbox.PendingEvents;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.CatalogEventType;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Two transactions (two catalog instances during a rebalance) state the same new fact from two documents at once,
 * against the real schema: the second must settle after the first commits, so that the fact ends with both sources.
 */
class ConcurrentSettleTest {

    @RegisterExtension
    static final LocalDatabase DATABASE = LocalDatabase.withCatalogSchema("rapporteur_test_concurrent_settle");

    private final FactStore facts = new FactStore(new ObjectMapper(), new EntityStore(), ConflictRules.standard());

    private static Fact dialogueRound(int ordinal, String evidence, double confidence) {
        return dialogueRound(ordinal, "2004-11", evidence, confidence);
    }

    private static Fact dialogueRound(int ordinal, String date, String evidence, double confidence) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", "DIALOGUE");
        fields.put("participants", List.of(new EntityRef("CHN", "China"), new EntityRef("NOR", "Norway")));
        fields.put("ordinal", ordinal);
        return new Fact(null, FactType.EXCHANGE, fields, date, null, evidence, null, confidence, null, "test-1");
    }

    /** Writes the document's fact set and settles it, leaving the transaction open; returns its events. */
    private List<CatalogEvent> state(Connection connection, String documentId, Fact fact) throws Exception {
        Touched touched = new Touched();
        PendingEvents events = new PendingEvents();
        facts.replaceMentions(connection, Map.of(documentId, List.of(fact)), touched);
        facts.settle(connection, touched, events);
        return events.drain();
    }

    @Test
    void theSameNewFactStatedByTwoTransactionsAtOnceEndsWithBothSources() throws Exception {
        ExecutorService secondInstance = Executors.newSingleThreadExecutor();
        try (Connection first = DATABASE.connect(); Connection second = DATABASE.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            // China and Norway are known entities already (nothing else then makes the second transaction wait)
            state(first, "doc-earlier", dialogueRound(6, "China and Norway held their sixth dialogue round.", 0.9));
            first.commit();

            List<CatalogEvent> firstEvents = state(first, "doc-a", dialogueRound(7, "China and Norway held their seventh dialogue round in November 2004.", 0.9));

            Future<List<CatalogEvent>> secondEvents = secondInstance.submit(() -> state(second, "doc-b",
                    dialogueRound(7, "The seventh round of the China-Norway dialogue took place in November 2004.", 0.8)));
            Thread.sleep(500);
            assertFalse(secondEvents.isDone(), "the second transaction waits while the first holds the fact");
            first.commit();
            List<CatalogEvent> afterFirst = secondEvents.get(10, TimeUnit.SECONDS);
            second.commit();

            assertEquals(List.of(CatalogEventType.FactRecorded), firstEvents.stream().map(CatalogEvent::type).toList());
            CatalogEvent corroborated = afterFirst.stream().filter(e -> e.canonicalId() != null).reduce((a, b) -> b)
                    .orElseThrow();
            assertEquals(CatalogEventType.FactCorroborated, corroborated.type());
            assertEquals(Set.of("doc-a", "doc-b"), corroborated.mentions().stream().map(Mention::documentId)
                    .collect(Collectors.toSet()));
            try (var statement = first.prepareStatement("select count(*) from mentions where canonical_id = ?")) {
                statement.setString(1, corroborated.canonicalId());
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    assertEquals(2, rs.getLong(1));
                }
            }
            first.commit();
        } finally {
            secondInstance.shutdownNow();
        }
    }

    @Test
    void twoTransactionsGivingTheSameRoundTwoDatesAtOnceRecordTheConflict() throws Exception {
        ExecutorService secondInstance = Executors.newSingleThreadExecutor();
        try (Connection first = DATABASE.connect(); Connection second = DATABASE.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            state(first, "doc-before", dialogueRound(11, "2007-05", "China and Norway held their eleventh round.", 0.9));
            first.commit();

            state(first, "doc-c", dialogueRound(12, "2008-06", "The twelfth round was held in June 2008.", 0.9));
            Future<List<CatalogEvent>> secondEvents = secondInstance.submit(() -> state(second, "doc-d",
                    dialogueRound(12, "2008-10", "The twelfth round was held in October 2008.", 0.8)));
            Thread.sleep(500);
            first.commit();
            List<CatalogEvent> afterFirst = secondEvents.get(10, TimeUnit.SECONDS);
            second.commit();

            assertEquals(List.of(CatalogEventType.FactRecorded, CatalogEventType.FactConflicted,
                    CatalogEventType.FactConflicted), afterFirst.stream().map(CatalogEvent::type).toList());
            try (var statement = first.createStatement();
                 var rs = statement.executeQuery("select count(*) from conflicts where fact_a in (select id from "
                         + "canonical_facts where date like '2008-%') or fact_b in (select id from canonical_facts "
                         + "where date like '2008-%')")) {
                rs.next();
                assertEquals(1, rs.getLong(1));
            }
            first.commit();
        } finally {
            secondInstance.shutdownNow();
        }
    }
}
