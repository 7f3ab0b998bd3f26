import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freshness of the pipeline: time from POST /api/documents to the fact's server-sent event on the query service,
 * over N documents sent one after another, each stating one dialogue round of its own. The reference, measured in the
 * same run, is the POST itself (answered once the broker has the document: the first of the pipeline's hops).
 * Run with a stack up: java bench/freshness/Freshness.java [N] [INGEST_URL] [QUERY_URL]
 */
public class Freshness {

    private static final Pattern ORDINAL = Pattern.compile("\"ordinal\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String ingest = args.length > 1 ? args[1] : "http://localhost:8081";
        String query = args.length > 2 ? args[2] : "http://localhost:8083";
        HttpClient http = HttpClient.newHttpClient();
        long nonce = System.currentTimeMillis();

        Map<Integer, Long> postedAt = new ConcurrentHashMap<>();
        Map<Integer, Long> seenAt = new ConcurrentHashMap<>();
        CountDownLatch allSeen = new CountDownLatch(documents);
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(query + "/api/stream?type=EXCHANGE&actor=ISL"))
                .header("Accept", "text/event-stream").build();
        var stream = http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(response -> response.body().forEach(line -> {
            if (line.startsWith("data:")) {
                Matcher m = ORDINAL.matcher(line);
                if (m.find()) {
                    int ordinal = Integer.parseInt(m.group(1));
                    Long posted = postedAt.get(ordinal);
                    if (posted != null && seenAt.putIfAbsent(ordinal, System.nanoTime()) == null) {
                        allSeen.countDown();
                    }
                }
            }
        }));
        Thread.sleep(1_000);

        List<Double> postMillis = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            int ordinal = 100 + i;
            String text = "Dialogue note " + nonce + "-" + i + "\n\nIn March 2001, China and Iceland held the "
                    + ordinal + suffix(ordinal) + " round of their human rights dialogue in Reykjavik.";
            HttpRequest post = HttpRequest.newBuilder(URI.create(ingest + "/api/documents?title=freshness"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
            long start = System.nanoTime();
            postedAt.put(ordinal, start);
            HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
            postMillis.add((System.nanoTime() - start) / 1e6);
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("POST answered " + answer.statusCode() + ": " + answer.body());
            }
            Thread.sleep(20);
        }
        if (!allSeen.await(120, TimeUnit.SECONDS)) {
            System.out.println("only " + seenAt.size() + " of " + documents + " facts reached the stream within 120 s");
        }
        List<Double> freshness = new ArrayList<>();
        seenAt.forEach((ordinal, seen) -> freshness.add((seen - postedAt.get(ordinal)) / 1e6));
        stream.cancel(true);
        if (freshness.isEmpty()) {
            System.out.println("no fact reached the stream");
            System.exit(1);
        }
        double p50 = percentile(freshness, 50), p99 = percentile(freshness, 99);
        double r50 = percentile(postMillis, 50), r99 = percentile(postMillis, 99);
        System.out.printf("documents: %d, facts seen on the stream: %d%n", documents, freshness.size());
        System.out.printf("freshness POST -> SSE event: p50 %.1f ms, p99 %.1f ms (goal: p99 under 200 ms)%n", p50, p99);
        System.out.printf("reference, POST -> 202 (broker ack): p50 %.1f ms, p99 %.1f ms%n", r50, r99);
        System.out.printf("ratio freshness / POST: p50 %.1f, p99 %.1f%n", p50 / r50, p99 / r99);
        System.exit(0);
    }

    private static String suffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
