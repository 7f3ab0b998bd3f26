package io.rapporteur.service.lifecycle;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundLoopTest {

    @Test
    void runsOneThreadUntilStoppedAndWaitsForItToEnd() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger starts = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        BackgroundLoop loop = new BackgroundLoop("test-loop", false);
        Runnable body = () -> {
            starts.incrementAndGet();
            started.countDown();
            while (running.get()) {
                Thread.onSpinWait();
            }
        };

        assertFalse(loop.started());
        loop.start(body);
        loop.start(body);   // already running: no second thread
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertTrue(loop.alive());

        loop.stop(() -> running.set(false), Duration.ofSeconds(5));

        assertFalse(loop.alive(), "stop returns once the loop has ended");
        assertEquals(1, starts.get());
    }

    @Test
    void aConsumerLoopIsWokenOutOfItsPollAndEnds() throws Exception {
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        consumer.assign(List.of(new TopicPartition("t", 0)));
        consumer.updateBeginningOffsets(Map.of(new TopicPartition("t", 0), 0L));
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch polling = new CountDownLatch(1);
        BackgroundLoop loop = new BackgroundLoop("consumer-loop", false);
        loop.start(() -> {
            try {
                while (running.get()) {
                    polling.countDown();
                    consumer.poll(Duration.ofMillis(50));
                }
            } catch (WakeupException e) {
                // woken out of the poll (or the flag was seen first): either way the loop ends
            }
        });
        assertTrue(polling.await(5, TimeUnit.SECONDS));

        loop.stopConsumerLoop(() -> running.set(false), () -> consumer, Duration.ofSeconds(5));

        assertFalse(loop.alive());
        assertFalse(running.get());
    }

    @Test
    void stoppingALoopThatNeverStartedOnlyWakesItUp() {
        AtomicBoolean woken = new AtomicBoolean();
        new BackgroundLoop("never-started", true).stop(() -> woken.set(true), Duration.ofSeconds(1));
        assertTrue(woken.get());
    }
}
