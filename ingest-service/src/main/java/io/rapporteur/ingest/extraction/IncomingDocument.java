package io.rapporteur.ingest.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.service.kafka.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the extraction worker makes of one record of the document topic: a document to extract, a record that is not
 * its business (withdrawal requests are the catalog's), or a record it cannot read, with the reason for the
 * dead-letter topic.
 */
public sealed interface IncomingDocument {

    record Submitted(DocumentSubmitted document) implements IncomingDocument {
    }

    record NotForExtraction(String type) implements IncomingDocument {
    }

    record Unreadable(String reason) implements IncomingDocument {
    }

    static IncomingDocument of(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        CloudEvent event;
        try {
            event = KafkaRecords.cloudEventOf(record);
        } catch (RuntimeException e) {
            return new Unreadable("missing or broken CloudEvents headers: " + e.getMessage());
        }
        if (EventTypes.DOCUMENT_WITHDRAWAL_REQUESTED.equals(event.type())) {
            return new NotForExtraction(event.type());
        }
        if (!EventTypes.DOCUMENT_SUBMITTED.equals(event.type())) {
            return new Unreadable("unknown ce_type '" + event.type() + "' on the document topic");
        }
        if (record.value() == null) {
            return new Unreadable("a " + event.type() + " record without a body");
        }
        DocumentSubmitted document;
        try {
            document = mapper.readValue(record.value(), DocumentSubmitted.class);
        } catch (JsonProcessingException e) {
            return new Unreadable("body is not a DocumentSubmitted JSON object: " + e.getOriginalMessage());
        }
        if (document == null) {
            return new Unreadable("body is JSON null, not a DocumentSubmitted object");
        }
        if (!DocumentIds.looksLikeId(document.documentId())) {
            return new Unreadable("documentId '" + document.documentId() + "' is not a document id (doc-<20 hex>)");
        }
        if (record.key() != null && !record.key().equals(document.documentId())) {
            return new Unreadable("record key '" + record.key() + "' is not the documentId '"
                    + document.documentId() + "'");
        }
        if (document.text() == null || document.text().isBlank()) {
            return new Unreadable("document " + document.documentId() + " has no text");
        }
        // Ids are content addresses: a text that does not hash to its id would give every fact a wrong mention id.
        if (!DocumentIds.of(document.text()).equals(document.documentId())) {
            return new Unreadable("documentId " + document.documentId() + " is not the id of the text it carries ("
                    + DocumentIds.of(document.text()) + ")");
        }
        return new Submitted(document);
    }
}
