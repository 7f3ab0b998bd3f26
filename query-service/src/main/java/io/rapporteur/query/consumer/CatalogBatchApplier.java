package io.rapporteur.query.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.query.readmodel.ReadModelWriter;
import io.rapporteur.service.kafka.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a batch of catalog records to one read-model schema in one transaction. Used by the live consumer and by the
 * rebuild. A record that cannot be read, or that the read models reject, is parked and the batch goes on.
 */
@ApplicationScoped
public class CatalogBatchApplier {

    private static final Logger LOG = Logger.getLogger(CatalogBatchApplier.class);

    @Inject
    CatalogEventReader reader;
    @Inject
    ReadModelWriter writer;
    @Inject
    MeterRegistry registry;

    /** Told, after the commit, of every catalog sequence the batch dealt with: applied, skipped or parked. */
    @FunctionalInterface
    public interface Processed {
        void sequence(long sequence, long recordTimestamp);
    }

    /** Returns how many events changed the read models (the others were redeliveries or parked). */
    public int apply(Connection c, String schema, Iterable<ConsumerRecord<String, String>> records,
                     DeadLetters deadLetters) throws SQLException {
        return apply(c, schema, records, deadLetters, null);
    }

    public int apply(Connection c, String schema, Iterable<ConsumerRecord<String, String>> records,
                     DeadLetters deadLetters, Processed processed) throws SQLException {
        List<Parsed> events = new ArrayList<>();
        List<long[]> done = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            CatalogEventReader.Read read = reader.read(record);
            if (read.ok()) {
                events.add(new Parsed(record, read.event()));
            } else {
                park(deadLetters, record, read.problem());
                // A parked record whose CloudEvents id still names its sequence leaves no hole in the stream.
                long sequence = CatalogEventReader.sequenceFromId(record);
                if (sequence > 0) {
                    done.add(new long[] {sequence, record.timestamp()});
                }
            }
        }
        // Partitions interleave: applying in catalog order keeps the event log close to the catalog's own order.
        events.sort(Comparator.comparingLong(p -> p.event().sequence()));
        int applied = 0;
        int redelivered = 0;
        c.setAutoCommit(false);
        try {
            // Fact states (most events) go to the database in one JDBC batch per run between other events; the writer
            // refuses an event before writing anything, so no savepoint is needed to park one.
            int factStates = 0;
            try (ReadModelWriter.FactBatch batch = writer.factBatch(c, schema)) {
                for (Parsed parsed : events) {
                    try {
                        writer.check(parsed.event());
                        if (ReadModelWriter.factState(parsed.event())) {
                            batch.add(parsed.event());
                            factStates++;
                        } else {
                            batch.flush();
                            if (writer.apply(c, schema, parsed.event())) {
                                applied++;
                            } else {
                                redelivered++;
                            }
                        }
                    } catch (IllegalArgumentException e) {
                        park(deadLetters, parsed.record(), "rejected by the read models: " + e.getMessage());
                    }
                    done.add(new long[] {parsed.event().sequence(), parsed.record().timestamp()});
                }
                batch.flush();
                applied += batch.applied();
                redelivered += factStates - batch.applied();
            }
            c.commit();
            if (processed != null) {
                done.forEach(d -> processed.sequence(d[0], d[1]));
            }
            registry.counter("rapporteur.query.events", "outcome", "applied").increment(applied);
            registry.counter("rapporteur.query.events", "outcome", "redelivered").increment(redelivered);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        return applied;
    }

    private void park(DeadLetters deadLetters, ConsumerRecord<String, String> record, String reason) {
        registry.counter("rapporteur.query.events", "outcome", "parked").increment();
        LOG.warnf("parking catalog record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        if (deadLetters != null) {
            deadLetters.park(record, reason);
        }
    }

    private record Parsed(ConsumerRecord<String, String> record, CatalogEvent event) {
    }
}
