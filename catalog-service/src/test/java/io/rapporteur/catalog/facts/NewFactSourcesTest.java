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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Settling takes the sources of a fact that is new in the transaction from what the transaction wrote, without
 * reading them back: a mention written and then deleted in the same transaction (its document's facts replaced again,
 * or the document withdrawn, within one batch) must not count, against the real schema.
 */
class NewFactSourcesTest {

    @RegisterExtension
    static final LocalDatabase DATABASE = LocalDatabase.withCatalogSchema("rapporteur_test_new_fact_sources");

    private final FactStore facts = new FactStore(new ObjectMapper(), new EntityStore(), ConflictRules.standard());

    private static Fact ratification(String state, String name, String date) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("action", "RATIFICATION");
        fields.put("actor", new EntityRef(state, name));
        fields.put("treaty", new EntityRef("treaty:CAT", "Convention against Torture"));
        return new Fact(null, FactType.TREATY_ACTION, fields, date, null,
                name + " ratified the Convention against Torture.", null, 0.9, "057", "test-1");
    }

    @Test
    void aMentionReplacedWithinTheTransactionIsNoSource() throws Exception {
        try (Connection connection = DATABASE.connect(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            Touched touched = new Touched();
            PendingEvents events = new PendingEvents();
            facts.replaceMentions(connection, Map.of("doc-first-extraction", List.of(ratification("SWE", "Sweden", "1986-01"))), touched);
            // the same document extracted again in the same batch: now it states Finland, not Sweden
            facts.replaceMentions(connection, Map.of("doc-first-extraction", List.of(ratification("FIN", "Finland", "1989-08"))), touched);
            facts.settle(connection, touched, events);
            connection.commit();

            List<CatalogEvent> recorded = events.drain();
            assertEquals(List.of(CatalogEventType.FactRecorded), recorded.stream().map(CatalogEvent::type).toList());
            assertEquals("FIN", ((EntityRef) recorded.get(0).fact().fields().get("actor")).id());
            assertEquals(List.of("doc-first-extraction"), recorded.get(0).mentions().stream().map(Mention::documentId).toList());
            assertEquals(1, count(sql, "select count(*) from canonical_facts"), "no fact for Sweden");
        }
    }

    @Test
    void aMentionOfADocumentWithdrawnWithinTheTransactionIsNoSource() throws Exception {
        try (Connection connection = DATABASE.connect(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            Touched touched = new Touched();
            PendingEvents events = new PendingEvents();
            facts.replaceMentions(connection, Map.of(
                    "doc-kept", List.of(ratification("DNK", "Denmark", "1987-05")),
                    "doc-withdrawn", List.of(ratification("DNK", "Denmark", "1987-05"), ratification("ISL", "Iceland", "1996-10"))),
                    touched);
            facts.removeMentions(connection, "doc-withdrawn", touched);
            facts.settle(connection, touched, events);
            connection.commit();

            List<CatalogEvent> recorded = events.drain();
            assertEquals(1, recorded.size(), "only Denmark's ratification: " + recorded);
            assertEquals("DNK", ((EntityRef) recorded.get(0).fact().fields().get("actor")).id());
            assertEquals(List.of("doc-kept"), recorded.get(0).mentions().stream().map(Mention::documentId).toList());
            assertEquals(0, count(sql, "select count(*) from canonical_facts where fact like '%ISL%'"), "no fact for Iceland");
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
