package io.rapporteur.bench.query;

import org.HdrHistogram.Histogram;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop, constant-rate load generator (what wrk2 does): request i is due at start + i / rate whatever happened
 * to the requests before it, and its latency is measured from that due time, not from when a connection got round to
 * sending it. A slow answer therefore counts against every request that had to wait behind it (no coordinated
 * omission). Workers take the next due request from a shared counter; a pool much larger than rate x latency keeps the
 * schedule unless the server falls behind, and then the queueing shows in the percentiles, as it would for users.
 */
final class OpenLoop {

    /** One worker's way of doing request number i; opened and closed on the worker's own thread. */
    interface Call extends AutoCloseable {
        void call(long i) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface CallFactory {
        Call open() throws Exception;
    }

    record Result(long requests, long errors, double seconds, Histogram micros) {
        double rate() {
            return requests / seconds;
        }

        String summary() {
            return String.format("%,d requests in %.1f s (%.0f/s achieved), %d errors; latency from the scheduled send "
                            + "time: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms",
                    requests, seconds, rate(), errors, ms(50), ms(90), ms(99), ms(99.9),
                    micros.getMaxValue() / 1000.0);
        }

        double ms(double percentile) {
            return micros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    static Result run(CallFactory factory, double rate, int seconds, int workers) throws Exception {
        long periodNanos = (long) (1_000_000_000L / rate);
        long total = (long) (rate * seconds);
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime() + 50_000_000L;
        for (int w = 0; w < workers; w++) {
            Histogram histogram = new Histogram(60_000_000L, 3);
            histograms.add(histogram);
            Thread thread = new Thread(() -> {
                try (Call call = factory.open()) {
                    for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long due = start + i * periodNanos;
                        long wait;
                        while ((wait = due - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        try {
                            call.call(i);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        histogram.recordValue(Math.min(60_000_000L, Math.max(0, (System.nanoTime() - due) / 1000)));
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }, "open-loop-" + w);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        return new Result(all.getTotalCount(), errors.get(), elapsed, all);
    }

    /**
     * A minimal keep-alive HTTP/1.1 GET client over one socket (Content-Length or chunked bodies), so that the load
     * generator costs little CPU on a machine it shares with the server. Any status but 200 is an error.
     */
    static final class HttpGet implements Call {
        private final String host;
        private final int port;
        private final java.util.function.LongFunction<String> path;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final byte[] buffer = new byte[64 * 1024];

        HttpGet(String host, int port, java.util.function.LongFunction<String> path) {
            this.host = host;
            this.port = port;
            this.path = path;
        }

        @Override
        public void call(long i) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), 5_000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
            }
            try {
                out.write(("GET " + path.apply(i) + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String status = line();
                long length = -1;
                boolean chunked = false;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    String lower = header.toLowerCase();
                    if (lower.startsWith("content-length:")) {
                        length = Long.parseLong(lower.substring(15).trim());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    }
                }
                if (chunked) {
                    for (long size = Long.parseLong(line().trim().split(";")[0], 16); size > 0;
                         size = Long.parseLong(line().trim().split(";")[0], 16)) {
                        skip(size);
                        line();
                    }
                    line();
                } else if (length >= 0) {
                    skip(length);
                } else {
                    throw new IOException("no Content-Length and not chunked");
                }
                if (!status.startsWith("HTTP/1.1 200")) {
                    throw new IOException(status);
                }
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
                if (read < 0) {
                    throw new IOException("connection closed mid-body");
                }
                n -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }
}
