package io.rapporteur.service.lifecycle;

import org.junit.jupiter.api.Test;

import java.time.Duration;
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
    void stoppingALoopThatNeverStartedOnlyWakesItUp() {
        AtomicBoolean woken = new AtomicBoolean();
        new BackgroundLoop("never-started", true).stop(() -> woken.set(true), Duration.ofSeconds(1));
        assertTrue(woken.get());
    }
}
