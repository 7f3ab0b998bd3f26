package io.rapporteur.catalog.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.rapporteur.catalog.consume.BatchApplier;
import io.rapporteur.catalog.consume.RecordReader;
import io.rapporteur.catalog.documents.DocumentStore;
import io.rapporteur.catalog.entities.EntityStore;
import io.rapporteur.catalog.facts.ConflictRules;
import io.rapporteur.catalog.facts.FactStore;
import io.rapporteur.catalog.outbox.Outbox;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.testsupport.RapporteurTestResources;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.rapporteur.catalog.pipeline.CatalogPipelineTest.consumed;
import static io.rapporteur.catalog.pipeline.Documents.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two batches in flight, as the pipelined consumer runs them: the second is written while the first is not yet
 * settled (its transaction cannot see the first's rows), and settles only after the first committed. Against the real
 * schema, on partitions of their own.
 */
@QuarkusTest
@QuarkusTestResource(value = RapporteurTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class PipelinedBatchesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private Catalog catalog;
    private BatchApplier applier;

    @BeforeEach
    void setUp() {
        catalog = new Catalog(dataSource);
        applier = new BatchApplier(dataSource, new RecordReader(mapper), new DocumentStore(),
                new FactStore(mapper, new EntityStore(), ConflictRules.standard()), new Outbox(mapper),
                (record, reason) -> { throw new AssertionError("nothing to park: " + reason); });
    }

    private static Documents ratifying(String title, String state, String name) {
        return new Documents(title).says(name + " ratified the Convention on the Rights of the Child in 1991.",
                FactType.TREATY_ACTION, Map.of("action", "RATIFICATION", "actor", ref(state, name),
                        "treaty", ref("treaty:CRC", "Convention on the Rights of the Child")), "1991", 0.9);
    }

    @Test
    void aFactStatedByBothBatchesInFlightEndsWithBothSources() throws Exception {
        Documents first = ratifying("Pipeline report A", "MNG", "Mongolia");
        Documents second = ratifying("Pipeline report B", "MNG", "Mongolia")
                .says("Mongolia signed the Convention against Torture in 2000.", FactType.TREATY_ACTION,
                        Map.of("action", "SIGNATURE", "actor", ref("MNG", "Mongolia"),
                                "treaty", ref("treaty:CAT", "Convention against Torture")), "2000", 0.9);
        String shared = FactIdentity.canonicalId(first.facts().get(0));
        List<Set<String>> announced = new ArrayList<>();
        // an earlier batch registered the entities and the partition's offset row: the two batches below then take
        // no lock that the other needs (a new entity named by both would make the second wait for the first to
        // commit, as the pipelined consumer does on its own thread)
        applier.apply(List.of(consumed(Kafka.extracted(new Documents("Pipeline report 0").says(
                "Mongolia signed the Convention on the Rights of the Child in 1990 and the Convention against Torture.",
                FactType.TREATY_ACTION, Map.of("action", "SIGNATURE", "actor", ref("MNG", "Mongolia"),
                        "treaty", ref("treaty:CRC", "Convention on the Rights of the Child")), "1990", 0.9)
                .says("Mongolia acceded to the Convention against Torture in 2002.", FactType.TREATY_ACTION,
                        Map.of("action", "RATIFICATION", "actor", ref("MNG", "Mongolia"),
                                "treaty", ref("treaty:CAT", "Convention against Torture")), "2002", 0.9)), 91, 0)));

        BatchApplier.Written written = applier.write(List.of(consumed(Kafka.extracted(first), 91, 1)), null, true,
                announced::add);
        // the second batch is written while the first is still open: neither sees the other's mentions
        BatchApplier.Written next = applier.write(List.of(consumed(Kafka.extracted(second), 91, 2)), null, true,
                announced::add);
        try (written; next) {
            applier.settleAndCommit(written);
            applier.settleAndCommit(next);
        }

        assertEquals(List.of(Set.of(first.id()), Set.of(second.id())), announced, "each batch names its documents first");
        assertEquals(List.of(first.id(), second.id()).stream().sorted().toList(),
                catalog.column("select document_id from mentions where canonical_id = ? order by document_id", shared));
        List<JsonNode> events = catalog.events(shared);
        assertEquals(List.of("FactRecorded", "FactCorroborated"), events.stream().map(e -> e.path("type").asText()).toList());
        // the second settled after the first committed: it merged both sources, not only the one it wrote (when it
        // was written, and merged ahead, the fact had no row: that merge no longer holds)
        assertEquals(2, events.get(1).path("mentions").size(), events.get(1).toString());
        assertEquals(1L, catalog.count("select count(*) from canonical_facts where id = ?", shared));
        assertEquals(3L, ((Number) catalog.single(
                "select next_offset from consumed_offsets where topic = ? and partition = 91",
                Topics.FACTS)).longValue());
    }

    @Test
    void aBatchAppliedMeanwhileByAnotherTransactionIsRolledBackNotDoubled() throws Exception {
        // the partitions' offset rows exist already (an earlier batch), as they do for any partition in use
        Documents earlier = ratifying("Pipeline report C", "BTN", "Bhutan");
        applier.apply(List.of(consumed(Kafka.submitted(earlier), 92, 0), consumed(Kafka.extracted(earlier), 92, 0)));
        Documents report = ratifying("Pipeline report D", "NPL", "Nepal");
        List<ConsumerRecord<String, String>> batch = List.of(consumed(Kafka.submitted(report), 92, 1),
                consumed(Kafka.extracted(report), 92, 1));

        // after this batch read the offsets and before it writes, another instance (a rebalance) applies the same
        // records and commits
        BatchApplier.Written written = applier.write(batch, null, true, ids -> apply(batch));
        Map<String, Long> applied = catalog.tableCounts();
        try (written) {
            assertThrows(BatchApplier.AppliedMeanwhile.class, () -> applier.settleAndCommit(written));
        }

        assertEquals(applied, catalog.tableCounts());
        assertEquals(List.of("FactRecorded"), catalog.eventTypes(FactIdentity.canonicalId(report.facts().get(0))));
        assertEquals(List.of("DocumentCataloged"), catalog.eventTypes(report.id()));
        // and the careful way, applying them again, skips them
        assertEquals(0, applier.apply(batch));
        assertEquals(applied, catalog.tableCounts());
    }

    private void apply(List<ConsumerRecord<String, String>> batch) {
        try {
            applier.apply(batch);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
