package io.rapporteur.query.stream;

import io.rapporteur.query.facts.FactFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open stream. Deliveries for it run one at a time (never two threads writing to the same connection); a signal
 * that arrives during a delivery makes it run once more, so nothing released is left behind.
 */
final class StreamSubscriber {

    private static final Logger LOG = Logger.getLogger(StreamSubscriber.class);
    private static final int BATCH = 200;
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final SseEventSink sink;
    private final Sse sse;
    private final FactFilter filter;
    private final StreamBroadcaster broadcaster;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean heartbeatDue;
    private volatile boolean closed;
    /** Every event up to here has been sent or filtered out. */
    private long cursor;

    StreamSubscriber(SseEventSink sink, Sse sse, FactFilter filter, long after, StreamBroadcaster broadcaster) {
        this.sink = sink;
        this.sse = sse;
        this.filter = filter;
        this.cursor = after;
        this.broadcaster = broadcaster;
    }

    /**
     * A first comment line, written from the request's own thread so that the response starts there, and the client
     * sees the stream open before any event. Deliveries begin once it is written, so writes never overlap.
     */
    java.util.concurrent.CompletionStage<?> greet() {
        return sink.send(sse.newEventBuilder().comment("rapporteur fact stream").reconnectDelay(3000).build());
    }

    void signal() {
        pending.set(true);
        if (!closed && running.compareAndSet(false, true)) {
            try {
                broadcaster.deliverers().execute(this::drain);
            } catch (RuntimeException e) {
                running.set(false);
                close();
            }
        }
    }

    void heartbeat() {
        heartbeatDue = true;
        signal();
    }

    private void drain() {
        try {
            while (!closed && pending.getAndSet(false)) {
                deliver();
            }
        } catch (Exception e) {
            LOG.debugf("closing a stream: %s", e.toString());
            close();
        } finally {
            running.set(false);
        }
        if (!closed && pending.get()) {
            signal();
        }
    }

    private void deliver() throws Exception {
        if (sink.isClosed()) {
            close();
            return;
        }
        long upTo = broadcaster.released();
        boolean sent = false;
        while (cursor < upTo) {
            List<EventLog.LoggedEvent> events = broadcaster.eventLog().factEvents(filter, cursor, upTo, BATCH);
            for (EventLog.LoggedEvent event : events) {
                send(sse.newEventBuilder()
                        .id(Long.toString(event.sequence()))
                        .name(event.type())
                        .mediaType(MediaType.TEXT_PLAIN_TYPE)
                        .data(event.payload())
                        .build());
                cursor = event.sequence();
                sent = true;
            }
            if (events.size() < BATCH) {
                cursor = upTo;
            }
        }
        if (heartbeatDue && !sent) {
            send(sse.newEventBuilder().comment("heartbeat").build());
        }
        heartbeatDue = false;
    }

    private void send(OutboundSseEvent event) throws Exception {
        sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    void close() {
        closed = true;
        broadcaster.remove(this);
        try {
            sink.close();
        } catch (RuntimeException e) {
            // already closed by the client
        }
    }
}
