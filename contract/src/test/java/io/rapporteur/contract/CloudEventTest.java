package io.rapporteur.contract;

import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.EventTypes;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CloudEventTest {

    @Test
    void attributesTravelAsCeHeaders() {
        CloudEvent event = CloudEvent.of(EventTypes.DOCUMENT_SUBMITTED, "/rapporteur/ingest", "doc-1");
        Map<String, byte[]> headers = event.toHeaders();
        assertEquals("1.0", new String(headers.get("ce_specversion")));
        assertEquals(event, CloudEvent.fromHeaders(headers));
    }

    @Test
    void aRecordWithoutTypeIsRejected() {
        Map<String, byte[]> headers = new HashMap<>(CloudEvent.of("t", "/s", null).toHeaders());
        headers.remove("ce_type");
        assertThrows(IllegalArgumentException.class, () -> CloudEvent.fromHeaders(headers));
    }
}
