package io.rapporteur.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the service benchmarks (bench/catalog, bench/query) share: options, a free port, waiting for readiness. */
public final class BenchSupport {

    private BenchSupport() {
    }

    /** {@code --name value} pairs, in order. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /**
     * Inserts the JVM options an environment variable gives (e.g. {@code SERVICE_JAVA_OPTS=-XX:StartFlightRecording=...})
     * right after the {@code java} executable of {@code command}; nothing when it is unset or blank.
     */
    public static void addJavaOptions(List<String> command, String environmentVariable) {
        String extra = System.getenv(environmentVariable);
        if (extra != null && !extra.isBlank()) {
            command.addAll(1, List.of(extra.trim().split("\\s+")));
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Polls {@code url} until it answers 200; {@code hint} says where to look when it never does. */
    public static void awaitReady(String url, Duration timeout, String hint) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(url + " not ready after " + timeout.toSeconds() + " s; " + hint);
    }
}
