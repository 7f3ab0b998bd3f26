package io.rapporteur.catalog.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.catalog.LocalDatabase;
import io.rapporteur.catalog.entities.EntityStore;
import io.rapporteur.catalog.outbox.PendingEvents;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document extracted again, stating the same fact (same mention id) with other non-key values: its mention row is
 * rewritten in place (the upsert path, not the COPY of new mentions), against the real schema.
 */
class MentionRewriteTest {

    @RegisterExtension
    static final LocalDatabase DATABASE = LocalDatabase.withCatalogSchema("rapporteur_test_mention_rewrite");

    private final FactStore facts = new FactStore(new ObjectMapper(), new EntityStore(), ConflictRules.standard());

    private static Fact ratification(String evidence, double confidence, String extractorVersion) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("action", "RATIFICATION");
        fields.put("actor", new EntityRef("NOR", "Norway"));
        fields.put("treaty", new EntityRef("treaty:CAT", "Convention against Torture"));
        return new Fact(null, FactType.TREATY_ACTION, fields, "1986-07", null, evidence, null, confidence, "057",
                extractorVersion);
    }

    private void extract(Connection connection, Fact fact) throws Exception {
        Touched touched = new Touched();
        facts.replaceMentions(connection, Map.of("doc-norway", List.of(fact)), touched);
        facts.settle(connection, touched, new PendingEvents());
        connection.commit();
    }

    @Test
    void aFactStatedAgainWithOtherValuesRewritesItsMentionRow() throws Exception {
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            extract(connection, ratification("Norway ratified the Convention against Torture in July 1986.", 0.9, "x-1"));
            extract(connection, ratification("In July 1986 Norway ratified the CAT.", 0.6, "x-2"));

            try (ResultSet rs = statement.executeQuery(
                    "select count(*), min(confidence), min(extractor_version), min(fact) from mentions")) {
                rs.next();
                assertEquals(1, rs.getLong(1));
                assertEquals(0.6, rs.getDouble(2));
                assertEquals("x-2", rs.getString(3));
                assertTrue(rs.getString(4).contains("In July 1986 Norway ratified the CAT."));
            }
            try (ResultSet rs = statement.executeQuery("select count(*) from entity_mentions")) {
                rs.next();
                assertEquals(2, rs.getLong(1), "the rewritten mention keeps one link per entity, not two");
            }
            connection.commit();
        }
    }
}
