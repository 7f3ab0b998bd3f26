package io.rapporteur.ingest.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rapporteur.service.lifecycle.BackgroundLoop;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.ingest.kafka.KafkaClients;
import io.rapporteur.ingest.submission.DocumentPublisher;
import io.rapporteur.service.kafka.DeadLetters;
import io.rapporteur.service.kafka.KafkaRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads accepted documents from the document topic, extracts their facts and publishes one FactsExtracted record per
 * document on the fact topic. Instances share the work by partitions (one consumer group).
 *
 * <p>A batch is committed only after every record of it is dealt with durably: its facts acknowledged by the broker,
 * or the record parked on the dead-letter topic. If the broker fails in between, the batch is read again; the facts of
 * a document are then published twice, identically, and the catalog, which replaces a document's facts as a unit,
 * stores them once.
 */
@ApplicationScoped
public class ExtractionWorker {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class);

    private final KafkaClients clients;
    private final Producer<String, String> producer;
    private final FactExtraction extraction;
    private final ObjectMapper mapper;
    private final DeadLetters deadLetters;
    private final boolean enabled;
    private final String groupId;
    private final int maxPollRecords;
    private final Duration pollTimeout;
    private final Duration retryBackoff;
    private final Duration maxPollInterval;
    private final Counter documentsExtracted;
    private final Counter factsPublished;
    private final Counter deadLettered;
    private final Timer extractionTime;
    private final Timer documentLag;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile String lastFailure;
    private final BackgroundLoop loop = new BackgroundLoop("extraction-worker", false);

    ExtractionWorker(KafkaClients clients, Producer<String, String> producer, FactExtraction extraction,
                     ObjectMapper mapper, MeterRegistry registry,
                     @ConfigProperty(name = "rapporteur.worker.enabled", defaultValue = "true") boolean enabled,
                     @ConfigProperty(name = "rapporteur.worker.group-id", defaultValue = "rapporteur-extraction-worker") String groupId,
                     @ConfigProperty(name = "rapporteur.worker.max-poll-records", defaultValue = "10") int maxPollRecords,
                     @ConfigProperty(name = "rapporteur.worker.poll-timeout", defaultValue = "500ms") Duration pollTimeout,
                     @ConfigProperty(name = "rapporteur.worker.retry-backoff", defaultValue = "2s") Duration retryBackoff,
                     @ConfigProperty(name = "rapporteur.worker.max-poll-interval", defaultValue = "10m") Duration maxPollInterval) {
        this.clients = clients;
        this.producer = producer;
        this.extraction = extraction;
        this.mapper = mapper;
        this.deadLetters = new DeadLetters(producer, Topics.DLQ_EXTRACTION);
        this.enabled = enabled;
        this.groupId = groupId;
        this.maxPollRecords = maxPollRecords;
        this.pollTimeout = pollTimeout;
        this.retryBackoff = retryBackoff;
        this.maxPollInterval = maxPollInterval;
        this.documentsExtracted = Counter.builder("rapporteur.ingest.documents.extracted")
                .description("Documents whose facts were published").register(registry);
        this.factsPublished = Counter.builder("rapporteur.ingest.facts.published")
                .description("Facts published to " + Topics.FACTS).register(registry);
        this.deadLettered = Counter.builder("rapporteur.ingest.records.dead-lettered")
                .description("Records parked on " + Topics.DLQ_EXTRACTION).register(registry);
        this.documentLag = Timer.builder("rapporteur.ingest.worker.document.lag")
                .description("From a document record's timestamp (the POST's send) until its facts are acknowledged")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.extractionTime = Timer.builder("rapporteur.ingest.extraction.time")
                .description("Time to extract the facts of one document").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("extraction worker disabled (rapporteur.worker.enabled=false)");
            return;
        }
        running = true;
        loop.start(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stopConsumerLoop(() -> running = false, () -> consumer, Duration.ofSeconds(15));
    }

    /** For the liveness check: false once the loop has died while it should be running. */
    public boolean healthy() {
        return !enabled || loop.alive() || !running;
    }

    public boolean enabled() {
        return enabled;
    }

    public String lastFailure() {
        return lastFailure;
    }

    private void run() {
        try (KafkaConsumer<String, String> kafka = clients.consumer(groupId, maxPollRecords, maxPollInterval)) {
            consumer = kafka;
            kafka.subscribe(List.of(Topics.DOCUMENTS));
            LOG.infof("extraction worker consuming %s as group %s", Topics.DOCUMENTS, groupId);
            while (running) {
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                try {
                    records = kafka.poll(pollTimeout);
                    if (records.isEmpty()) {
                        continue;
                    }
                    handle(records);
                    kafka.commitSync(nextOffsets(records));
                    lastFailure = null;
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // the broker went away, or the group rebalanced under us: read the batch again, after a pause
                    lastFailure = e.toString();
                    LOG.warnf("batch of %d record(s) failed, reading it again in %s: %s", records.count(),
                            retryBackoff, e.toString());
                    rewind(kafka, records);
                    pause(retryBackoff);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the consumer up: leave the loop
        } catch (RuntimeException e) {
            lastFailure = e.toString();
            LOG.error("extraction worker stopped", e);
        } finally {
            consumer = null;
        }
    }

    /** Extracts every document of the batch, sends all the results, then waits for all the acknowledgements. */
    private void handle(ConsumerRecords<String, String> records) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        int facts = 0;
        int documents = 0;
        for (ConsumerRecord<String, String> record : records) {
            IncomingDocument incoming = IncomingDocument.of(record, mapper);
            if (incoming instanceof IncomingDocument.Unreadable unreadable) {
                park(record, unreadable.reason());
            } else if (incoming instanceof IncomingDocument.Submitted submitted) {
                FactsExtracted result;
                try {
                    result = extractionTime.record(() -> extraction.extract(submitted.document()));
                } catch (RuntimeException | StackOverflowError e) {
                    // a document that breaks the extractor must not stop the others: it waits on the dead-letter topic
                    LOG.errorf(e, "the extractor failed on document %s", submitted.document().documentId());
                    park(record, "the extractor failed on this document: " + e);
                    continue;
                }
                sends.add(producer.send(KafkaRecords.cloudEvent(Topics.FACTS, result.documentId(),
                        CloudEvent.of(EventTypes.FACTS_EXTRACTED, DocumentPublisher.SOURCE, result.documentId()),
                        json(result))));
                facts += result.facts().size();
                documents++;
            }
            // anything else (withdrawal requests) is the catalog's business
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get(clients.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the broker", e);
            } catch (Exception e) {
                throw new IllegalStateException("the broker did not acknowledge the facts: " + e, e);
            }
        }
        factsPublished.increment(facts);
        long acked = System.currentTimeMillis();
        for (ConsumerRecord<String, String> record : records) {
            documentLag.record(Math.max(0, acked - record.timestamp()), TimeUnit.MILLISECONDS);
        }
        documentsExtracted.increment(documents);
    }

    private void park(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("parking %s-%d@%d on %s: %s", record.topic(), record.partition(), record.offset(),
                deadLetters.topic(), reason);
        deadLetters.park(record, reason);
        deadLettered.increment();
    }

    private String json(FactsExtracted result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts always serialise", e);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Goes back to the start of the failed batch on the partitions still ours, so that nothing is skipped. */
    private static void rewind(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            if (kafka.assignment().contains(partition)) {
                kafka.seek(partition, records.records(partition).get(0).offset());
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
