package io.rapporteur.catalog.consume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.DocumentWithdrawalRequested;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.service.kafka.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a consumed record into an {@link Incoming}: checks the CloudEvents headers, the type against the topic, the
 * JSON and every fact. Anything wrong becomes a {@link Incoming.Poison} whose reason says what, for the dead-letter
 * topic. Never throws.
 */
public final class RecordReader {

    private final ObjectMapper mapper;

    public RecordReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Incoming read(ConsumerRecord<String, String> record) {
        try {
            CloudEvent event;
            try {
                event = KafkaRecords.cloudEventOf(record);
            } catch (RuntimeException e) {
                return new Incoming.Poison("bad CloudEvents headers: " + e.getMessage());
            }
            if (record.value() == null || record.value().isBlank()) {
                return new Incoming.Poison("empty body");
            }
            JsonNode body;
            try {
                body = mapper.readTree(record.value());
            } catch (JsonProcessingException e) {
                return new Incoming.Poison("body is not JSON: " + e.getOriginalMessage());
            }
            if (!body.isObject()) {
                return new Incoming.Poison("body is not a JSON object");
            }
            try {
                return route(record.topic(), event.type(), body);
            } catch (JsonProcessingException e) {
                return new Incoming.Poison(event.type() + " does not match its schema: " + e.getOriginalMessage());
            }
        } catch (RuntimeException e) {
            return new Incoming.Poison("unreadable record: " + e);
        }
    }

    private Incoming route(String topic, String type, JsonNode body) throws JsonProcessingException {
        return switch (topic + " " + type) {
            case Topics.DOCUMENTS + " " + EventTypes.DOCUMENT_SUBMITTED -> document(body);
            case Topics.DOCUMENTS + " " + EventTypes.DOCUMENT_WITHDRAWAL_REQUESTED -> withdrawal(body);
            case Topics.FACTS + " " + EventTypes.FACTS_EXTRACTED -> facts(body);
            default -> new Incoming.Poison("unknown ce_type '" + type + "' on " + topic);
        };
    }

    private Incoming document(JsonNode body) throws JsonProcessingException {
        DocumentSubmitted document = mapper.treeToValue(body, DocumentSubmitted.class);
        if (blank(document.documentId())) {
            return new Incoming.Poison("DocumentSubmitted without documentId");
        }
        if (document.text() == null) {
            return new Incoming.Poison("DocumentSubmitted " + document.documentId() + " without text");
        }
        return new Incoming.Document(document);
    }

    private Incoming withdrawal(JsonNode body) throws JsonProcessingException {
        DocumentWithdrawalRequested request = mapper.treeToValue(body, DocumentWithdrawalRequested.class);
        if (blank(request.documentId())) {
            return new Incoming.Poison("DocumentWithdrawalRequested without documentId");
        }
        return new Incoming.Withdrawal(request);
    }

    private Incoming facts(JsonNode body) {
        String documentId = body.path("documentId").asText(null);
        if (blank(documentId)) {
            return new Incoming.Poison("FactsExtracted without documentId");
        }
        JsonNode array = body.path("facts");
        if (!array.isMissingNode() && !array.isNull() && !array.isArray()) {
            return new Incoming.Poison("FactsExtracted.facts is not an array");
        }
        List<Fact> facts = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array) {
            try {
                facts.add(FactJson.fromJson(node));
            } catch (IllegalArgumentException e) {
                return new Incoming.Poison("FactsExtracted for " + documentId + ": fact " + index + " rejected: " + e.getMessage());
            }
            index++;
        }
        return new Incoming.Facts(documentId, body.path("extractorVersion").asText(null), facts);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
