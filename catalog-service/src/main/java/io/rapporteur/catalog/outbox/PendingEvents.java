package io.rapporteur.catalog.outbox;

import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.CatalogEventType;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.fact.Fact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The change events of one transaction, in the order they happened. They get their outbox sequence numbers when the
 * transaction writes them ({@link Outbox#append}), so numbers are only ever taken by committed work.
 */
public final class PendingEvents {

    private final List<CatalogEvent> events = new ArrayList<>();

    public void fact(CatalogEventType type, Fact fact, List<Mention> mentions) {
        events.add(new CatalogEvent(type, 0, now(), fact.id(), fact, mentions, null, null, null, null));
    }

    public void conflict(Fact fact, List<String> conflictsWith, String field) {
        events.add(new CatalogEvent(CatalogEventType.FactConflicted, 0, now(), fact.id(), fact, null, conflictsWith,
                field, null, null));
    }

    public void documentCataloged(CatalogDocument document) {
        events.add(new CatalogEvent(CatalogEventType.DocumentCataloged, 0, now(), null, null, null, null, null,
                document.id(), document));
    }

    public void documentWithdrawn(String documentId) {
        events.add(new CatalogEvent(CatalogEventType.DocumentWithdrawn, 0, now(), null, null, null, null, null,
                documentId, null));
    }

    public List<CatalogEvent> drain() {
        List<CatalogEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    private static String now() {
        return Instant.now().toString();
    }
}
