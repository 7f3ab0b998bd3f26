package io.rapporteur.query.support;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal server-sent-events client over java.net.http, reading in the background. */
public final class SseClient implements AutoCloseable {

    /** One dispatched event, or a comment line (id/type null, data = the comment). */
    public record Event(String id, String type, String data, boolean comment) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final int status;
    private final Thread reader;

    public SseClient(String url, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        status = response.statusCode();
        body = response.body();
        reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public int status() {
        return status;
    }

    /** The next event (not comment) within the timeout, or null. */
    public Event next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Event event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null || !event.comment()) {
                return event;
            }
        }
    }

    /** The next comment line within the timeout, or null; events met on the way are kept. */
    public String nextComment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        BlockingQueue<Event> kept = new LinkedBlockingQueue<>();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                Event event = events.poll(left, TimeUnit.NANOSECONDS);
                if (event == null) {
                    return null;
                }
                if (event.comment()) {
                    return event.data();
                }
                kept.add(event);
            }
        } finally {
            kept.drainTo(events);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, type, data.toString(), false));
                    }
                    id = null;
                    type = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, value(line.substring(1)), true));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : value(line.substring(colon + 1));
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> type = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (Exception e) {
            // closed
        }
    }

    private static String value(String raw) {
        return raw.startsWith(" ") ? raw.substring(1) : raw;
    }

    @Override
    public void close() throws Exception {
        body.close();
        reader.interrupt();
    }
}
