package io.rapporteur.ingest.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.DocumentSubmitted;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.ids.DocumentIds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingDocumentTest {

    final ObjectMapper mapper = new ObjectMapper();
    final String text = "China acceded to the Convention in 1988.";
    final String id = DocumentIds.of(text);

    ConsumerRecord<String, String> record(String key, String type, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DOCUMENTS, 0, 7L, key, value);
        if (type != null) {
            CloudEvent.of(type, "/test", key).toHeaders().forEach((name, bytes) -> record.headers().add(name, bytes));
        }
        return record;
    }

    String json(String documentId, String body) throws Exception {
        return mapper.writeValueAsString(new DocumentSubmitted(documentId, "t", body, null, null, null, "text/plain", "now"));
    }

    @Test
    void aGoodRecordIsADocument() throws Exception {
        var incoming = IncomingDocument.of(record(id, EventTypes.DOCUMENT_SUBMITTED, json(id, text)), mapper);
        IncomingDocument.Submitted submitted = assertInstanceOf(IncomingDocument.Submitted.class, incoming);
        assertEquals(text, submitted.document().text());
    }

    @Test
    void withdrawalsAreNotForExtraction() {
        var incoming = IncomingDocument.of(record(id, EventTypes.DOCUMENT_WITHDRAWAL_REQUESTED, "{}"), mapper);
        assertInstanceOf(IncomingDocument.NotForExtraction.class, incoming);
    }

    @Test
    void unreadableRecordsSayWhy() throws Exception {
        assertUnreadable(record(id, null, json(id, text)), "CloudEvents");
        assertUnreadable(record(id, "io.example.other.v1", json(id, text)), "unknown ce_type");
        assertUnreadable(record(id, EventTypes.DOCUMENT_SUBMITTED, "[1, 2"), "not a DocumentSubmitted");
        assertUnreadable(record(id, EventTypes.DOCUMENT_SUBMITTED, null), "without a body");
        assertUnreadable(record(id, EventTypes.DOCUMENT_SUBMITTED, "null"), "JSON null");
        assertUnreadable(record("x", EventTypes.DOCUMENT_SUBMITTED, json("x", text)), "not a document id");
        assertUnreadable(record("doc-00000000000000000000", EventTypes.DOCUMENT_SUBMITTED, json(id, text)), "record key");
        assertUnreadable(record(id, EventTypes.DOCUMENT_SUBMITTED, json(id, " ")), "no text");
        assertUnreadable(record(id, EventTypes.DOCUMENT_SUBMITTED, json(id, text + " More.")), "not the id of the text");
    }

    private void assertUnreadable(ConsumerRecord<String, String> record, String reason) {
        var incoming = IncomingDocument.of(record, mapper);
        IncomingDocument.Unreadable unreadable = assertInstanceOf(IncomingDocument.Unreadable.class, incoming);
        assertTrue(unreadable.reason().contains(reason), unreadable.reason());
    }
}
