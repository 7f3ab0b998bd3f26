package io.rapporteur.query.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.service.kafka.KafkaRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Turns a record of rapporteur.catalog.v1 into a {@link CatalogEvent}, or says why it cannot. */
@ApplicationScoped
public class CatalogEventReader {

    @Inject
    ObjectMapper mapper;

    /** A read record: the event, or the reason it is poison. */
    public record Read(CatalogEvent event, String problem) {
        public boolean ok() {
            return event != null;
        }
    }

    /** The catalog sequence named by the record's CloudEvents id ("catalog-<sequence>"), or 0 when there is none. */
    public static long sequenceFromId(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("ce_id");
        if (header == null || header.value() == null) {
            return 0;
        }
        String id = new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
        if (!id.startsWith("catalog-")) {
            return 0;
        }
        try {
            return Long.parseLong(id.substring("catalog-".length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Read read(ConsumerRecord<String, String> record) {
        CloudEvent cloudEvent;
        try {
            cloudEvent = KafkaRecords.cloudEventOf(record);
        } catch (RuntimeException e) {
            return poison("bad CloudEvents headers: " + e.getMessage());
        }
        if (!cloudEvent.type().startsWith(EventTypes.CATALOG_PREFIX)) {
            return poison("unknown ce_type " + cloudEvent.type() + " on the catalog topic");
        }
        if (record.value() == null || record.value().isBlank()) {
            return poison("empty body");
        }
        CatalogEvent event;
        try {
            event = mapper.readValue(record.value(), CatalogEvent.class);
        } catch (Exception e) {
            return poison("body is not a CatalogEvent: " + rootMessage(e));
        }
        if (event.type() == null) {
            return poison("CatalogEvent without type");
        }
        if (!EventTypes.catalog(event.type()).equals(cloudEvent.type())) {
            return poison("ce_type " + cloudEvent.type() + " does not match body type " + event.type());
        }
        if (event.sequence() <= 0) {
            return poison("CatalogEvent without a positive sequence");
        }
        String missing = switch (event.type()) {
            case FactRecorded, FactCorroborated -> event.canonicalId() == null ? "canonicalId"
                    : event.fact() == null ? "fact" : null;
            case FactRetracted -> event.canonicalId() == null ? "canonicalId" : null;
            case FactConflicted -> event.canonicalId() == null ? "canonicalId"
                    : event.conflictsWith().isEmpty() ? "conflictsWith" : null;
            case DocumentCataloged -> event.documentId() == null ? "documentId"
                    : event.document() == null ? "document" : null;
            case DocumentWithdrawn -> event.documentId() == null ? "documentId" : null;
        };
        if (missing != null) {
            return poison(event.type() + " without " + missing);
        }
        return new Read(event, null);
    }

    private static Read poison(String reason) {
        return new Read(null, reason);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        // Jackson quotes the whole input in its messages; keep the reason readable.
        int source = message.indexOf(" at [Source");
        return source > 0 ? message.substring(0, source) : message;
    }
}
