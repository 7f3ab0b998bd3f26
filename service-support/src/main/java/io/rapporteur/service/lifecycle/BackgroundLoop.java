package io.rapporteur.service.lifecycle;

import org.apache.kafka.clients.consumer.Consumer;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The one named thread that runs a service's loop (a Kafka consumer, the outbox relay) from start-up to shutdown.
 * The loop watches its own "running" flag; stopping sets it through {@code wakeUp} (which also interrupts a blocking
 * call, e.g. {@code consumer.wakeup()}) and then waits a bounded time for the loop to end.
 */
public final class BackgroundLoop {

    private final String name;
    private final boolean daemon;
    private volatile Thread thread;

    /** @param daemon whether the JVM may exit while the loop still runs */
    public BackgroundLoop(String name, boolean daemon) {
        this.name = name;
        this.daemon = daemon;
    }

    /** Starts the loop; a second call while it exists does nothing. */
    public synchronized void start(Runnable loop) {
        if (thread != null) {
            return;
        }
        Thread started = new Thread(loop, name);
        started.setDaemon(daemon);
        thread = started;
        started.start();
    }

    public boolean started() {
        return thread != null;
    }

    public boolean alive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /**
     * Stops a loop around a Kafka consumer's poll: {@code clearRunning} clears the loop's flag, the consumer (if there
     * is one yet) is woken out of its poll, then the thread is awaited.
     */
    public void stopConsumerLoop(Runnable clearRunning, Supplier<? extends Consumer<?, ?>> consumer, Duration timeout) {
        stop(() -> {
            clearRunning.run();
            Consumer<?, ?> current = consumer.get();
            if (current != null) {
                current.wakeup();
            }
        }, timeout);
    }

    /** Runs {@code wakeUp} (which must make the loop end), then waits up to {@code timeout} for the thread. */
    public void stop(Runnable wakeUp, Duration timeout) {
        wakeUp.run();
        Thread current = thread;
        if (current == null) {
            return;
        }
        try {
            current.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
