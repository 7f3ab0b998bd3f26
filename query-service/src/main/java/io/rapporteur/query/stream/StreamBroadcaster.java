package io.rapporteur.query.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * highest sequence below which every event has been dealt with: a client that saw event 7 has seen 6, and its
 * Last-Event-ID is a safe resume point. The consumer reports, right after each database commit, every sequence of the
 * batch: applied, skipped as a redelivery or stale, or parked (known from its CloudEvents id), so the only holes are
 * events still on their way from another partition, which the next fetches bring within milliseconds. A hole that
 * stays open longer than the grace period (a record parked without a readable id, a catalog that skipped a number) is
 * given up on, so the stream never stalls.
 *
 * <p>Release is bookkeeping in memory on the consumer's thread (no database round trip); each subscriber then reads
 * what it may send from the event log with its own filter.
 */
@ApplicationScoped
public class StreamBroadcaster {

    private static final Logger LOG = Logger.getLogger(StreamBroadcaster.class);

    @Inject
    EventLog eventLog;
    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "rapporteur.query.stream.heartbeat")
    Duration heartbeat;
    @ConfigProperty(name = "rapporteur.query.stream.gap-grace")
    Duration gapGrace;

    private final AtomicLong released = new AtomicLong();
    private final Set<StreamSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    /** Sequences dealt with above {@link #released}, with their record timestamps: consumer thread only. */
    private final TreeMap<Long, Long> pending = new TreeMap<>();
    private ExecutorService deliverers;
    private ScheduledExecutorService timer;
    private Timer releaseLag;
    private Counter holesPassedOver;
    /** When the hole after {@link #released} was first seen (nanoTime), or 0: touched by the consumer thread only. */
    private long gapSince;
    private volatile boolean started;

    /** Called once the read models are open: events applied before a restart count as released. */
    public synchronized void start() {
        if (started) {
            return;
        }
        released.set(eventLog.lastSequence());
        releaseLag = Timer.builder("rapporteur.query.stream.release.lag")
                .description("from the catalog record's timestamp (the relay's send) to its release to the stream")
                .publishPercentiles(0.5, 0.99).register(registry);
        holesPassedOver = Counter.builder("rapporteur.query.stream.holes")
                .description("catalog sequences the stream stopped waiting for after the gap grace").register(registry);
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

    /** The consumer committed an event with this sequence (applied, skipped or parked). Consumer thread only. */
    public void processed(long sequence, long recordTimestamp) {
        if (sequence > released.get()) {
            pending.put(sequence, recordTimestamp);
        }
    }

    /** Called by the consumer after each commit and each poll: releases what became contiguous, wakes subscribers. */
    public void advance() {
        long current = released.get();
        long next = current;
        long now = System.currentTimeMillis();
        while (!pending.isEmpty()) {
            Map.Entry<Long, Long> first = pending.firstEntry();
            long sequence = first.getKey();
            if (sequence > next + 1) {
                long nanos = System.nanoTime();
                if (gapSince == 0) {
                    gapSince = nanos;
                }
                if (nanos - gapSince < gapGrace.toNanos()) {
                    break;
                }
                LOG.warnf("catalog events %d..%d never arrived; the stream goes on without them", next + 1, sequence - 1);
                holesPassedOver.increment(sequence - next - 1);
            }
            pending.pollFirstEntry();
            next = Math.max(next, sequence);
            gapSince = 0;
            releaseLag.record(Math.max(0, now - first.getValue()), TimeUnit.MILLISECONDS);
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
