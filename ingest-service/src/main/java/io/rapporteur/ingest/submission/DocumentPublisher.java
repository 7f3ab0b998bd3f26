package io.rapporteur.ingest.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.DocumentWithdrawalRequested;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.ingest.kafka.KafkaClients;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.service.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts accepted documents and withdrawal requests on the document topic, and waits for the broker's acknowledgement:
 * when the client hears 202, the request is durable in the event log.
 */
@ApplicationScoped
public class DocumentPublisher {

    public static final String SOURCE = "/rapporteur/ingest-service";
    private static final Logger LOG = Logger.getLogger(DocumentPublisher.class);

    private final Producer<String, String> producer;
    private final ObjectMapper mapper;
    private final Duration timeout;
    private final Counter accepted;
    private final Counter withdrawals;

    DocumentPublisher(Producer<String, String> producer, ObjectMapper mapper, KafkaClients clients, MeterRegistry registry) {
        this.producer = producer;
        this.mapper = mapper;
        this.timeout = clients.publishTimeout();
        this.accepted = Counter.builder("rapporteur.ingest.documents.accepted")
                .description("Documents accepted and published to " + Topics.DOCUMENTS).register(registry);
        this.withdrawals = Counter.builder("rapporteur.ingest.withdrawals.requested")
                .description("Withdrawal requests published to " + Topics.DOCUMENTS).register(registry);
    }

    public void submitted(DocumentSubmitted event) {
        publish(EventTypes.DOCUMENT_SUBMITTED, event.documentId(), event);
        accepted.increment();
    }

    public void withdrawalRequested(DocumentWithdrawalRequested event) {
        publish(EventTypes.DOCUMENT_WITHDRAWAL_REQUESTED, event.documentId(), event);
        withdrawals.increment();
    }

    private void publish(String type, String documentId, Object event) {
        ProducerRecord<String, String> record = KafkaRecords.cloudEvent(Topics.DOCUMENTS, documentId,
                CloudEvent.of(type, SOURCE, documentId), json(event));
        try {
            producer.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(documentId, e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw unavailable(documentId, e);
        }
    }

    private ProblemException unavailable(String documentId, Exception cause) {
        LOG.warnf("could not publish %s to %s: %s", documentId, Topics.DOCUMENTS, cause.toString());
        return new ProblemException(503, "Service Unavailable", "The event log did not acknowledge document "
                + documentId + " within " + timeout.toSeconds() + " s; nothing is lost by sending it again (same "
                + "text, same id)");
    }

    private String json(Object event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event record always serialises", e);
        }
    }
}
