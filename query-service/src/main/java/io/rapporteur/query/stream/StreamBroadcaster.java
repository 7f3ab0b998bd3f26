package io.rapporteur.query.stream;

import io.quarkus.runtime.ShutdownEvent;
import io.rapporteur.query.facts.FactFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feeds the server-sent-event subscribers from the event log.
 *
 * <p>The catalog numbers its events without gaps, but the topic has several partitions, so events can be applied here
 * out of catalog order (seq 7 before seq 6). The broadcaster therefore releases events to subscribers only up to the
 * highest sequence below which every event has been applied: a client that saw event 7 has seen 6, and its
 * Last-Event-ID is a safe resume point. A hole that stays open longer than the grace period (an event parked as
 * poison, a catalog that skipped a number) is given up on, so the stream never stalls.
 */
@ApplicationScoped
public class StreamBroadcaster {

    private static final Logger LOG = Logger.getLogger(StreamBroadcaster.class);

    @Inject
    EventLog eventLog;

    @ConfigProperty(name = "rapporteur.query.stream.heartbeat")
    Duration heartbeat;
    @ConfigProperty(name = "rapporteur.query.stream.gap-grace")
    Duration gapGrace;

    private final AtomicLong released = new AtomicLong();
    private final Set<StreamSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private ExecutorService deliverers;
    private ScheduledExecutorService timer;
    /** When the hole after {@link #released} was first seen (nanoTime), or 0: touched by the consumer thread only. */
    private long gapSince;
    private volatile boolean started;

    /** Called once the read models are open: events applied before a restart count as released. */
    public synchronized void start() {
        if (started) {
            return;
        }
        released.set(eventLog.lastSequence());
        deliverers = Executors.newCachedThreadPool(daemon("sse-delivery"));
        timer = Executors.newSingleThreadScheduledExecutor(daemon("sse-heartbeat"));
        long period = Math.max(heartbeat.toMillis(), 100);
        timer.scheduleAtFixedRate(() -> subscribers.forEach(StreamSubscriber::heartbeat), period, period,
                TimeUnit.MILLISECONDS);
        started = true;
    }

    void stop(@Observes ShutdownEvent event) {
        if (!started) {
            return;
        }
        timer.shutdownNow();
        subscribers.forEach(StreamSubscriber::close);
        deliverers.shutdownNow();
    }

    /** The highest sequence a subscriber may be sent. */
    public long released() {
        return released.get();
    }

    /** Called by the consumer after each poll: releases what became contiguous, then wakes the subscribers. */
    public void advance() {
        long current = released.get();
        List<Long> applied = eventLog.sequencesAfter(current, 10_000);
        long next = current;
        for (long sequence : applied) {
            if (sequence == next + 1) {
                next = sequence;
                gapSince = 0;
                continue;
            }
            long now = System.nanoTime();
            if (gapSince == 0) {
                gapSince = now;
            }
            if (now - gapSince < gapGrace.toNanos()) {
                break;
            }
            LOG.warnf("catalog events %d..%d never arrived; the stream goes on without them", next + 1, sequence - 1);
            next = sequence;
            gapSince = 0;
        }
        if (next > current) {
            released.set(next);
            subscribers.forEach(StreamSubscriber::signal);
        }
    }

    /** Starts delivering to a new connection: everything after {@code lastEventId}, then live events. */
    public void subscribe(SseEventSink sink, Sse sse, FactFilter filter, Long lastEventId) {
        long after = lastEventId != null ? lastEventId : released.get();
        StreamSubscriber subscriber = new StreamSubscriber(sink, sse, filter, after, this);
        subscriber.greet().whenComplete((ignored, failure) -> {
            if (failure != null) {
                subscriber.close();
                return;
            }
            subscribers.add(subscriber);
            subscriber.signal();
        });
    }

    void remove(StreamSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    EventLog eventLog() {
        return eventLog;
    }

    ExecutorService deliverers() {
        return deliverers;
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
