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
 * Run with a stack up: java bench/freshness/Freshness.java [N] [INGEST_URL] [QUERY_URL] [WARMUP] [GAP_MS] [FIRST_ROUND]
 */
public class Freshness {

    private static final Pattern ORDINAL = Pattern.compile("\"ordinal\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String ingest = args.length > 1 ? args[1] : "http://localhost:8081";
        String query = args.length > 2 ? args[2] : "http://localhost:8083";
        // The first documents meet cold code in every service (class loading, JIT): sent and awaited, not counted.
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        // pause after each POST's 202 before the next: 20 ms keeps ~20 documents/s in the pipeline at once
        int gapMillis = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        // the first dialogue round this run states: a second run on the same stack states new rounds, not the same
        int firstRound = args.length > 5 ? Integer.parseInt(args[5]) : 100;
        int firstMeasured = firstRound + warmup;
        HttpClient http = HttpClient.newHttpClient();
        long nonce = System.currentTimeMillis();

        Map<Integer, Long> postedAt = new ConcurrentHashMap<>();
        Map<Integer, Long> seenAt = new ConcurrentHashMap<>();
        // Wall-clock times (ms) and the event's sequence, for the hop breakdown read from the databases afterwards.
        Map<Integer, Long> postedWall = new ConcurrentHashMap<>();
        Map<Integer, Long> seenWall = new ConcurrentHashMap<>();
        Map<Integer, Long> sequenceOf = new ConcurrentHashMap<>();
        long[] lastId = {0};
        CountDownLatch allSeen = new CountDownLatch(warmup + documents);
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(query + "/api/stream?type=EXCHANGE&actor=ISL"))
                .header("Accept", "text/event-stream").build();
        var stream = http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(response -> response.body().forEach(line -> {
            if (line.startsWith("id:")) {
                lastId[0] = Long.parseLong(line.substring(3).trim());
            } else if (line.startsWith("data:")) {
                Matcher m = ORDINAL.matcher(line);
                if (m.find()) {
                    int ordinal = Integer.parseInt(m.group(1));
                    Long posted = postedAt.get(ordinal);
                    if (posted != null && seenAt.putIfAbsent(ordinal, System.nanoTime()) == null) {
                        seenWall.put(ordinal, System.currentTimeMillis());
                        sequenceOf.put(ordinal, lastId[0]);
                        allSeen.countDown();
                    }
                }
            }
        }));
        Thread.sleep(1_000);

        List<Double> postMillis = new ArrayList<>();
        for (int i = 0; i < warmup + documents; i++) {
            int ordinal = firstRound + i;
            String text = "Dialogue note " + nonce + "-" + i + "\n\nIn March 2001, China and Iceland held the "
                    + ordinal + suffix(ordinal) + " round of their human rights dialogue in Reykjavik.";
            HttpRequest post = HttpRequest.newBuilder(URI.create(ingest + "/api/documents?title=freshness"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
            long start = System.nanoTime();
            postedAt.put(ordinal, start);
            postedWall.put(ordinal, System.currentTimeMillis());
            HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
            if (ordinal >= firstMeasured) {
                postMillis.add((System.nanoTime() - start) / 1e6);
            }
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("POST answered " + answer.statusCode() + ": " + answer.body());
            }
            Thread.sleep(gapMillis);
        }
        if (!allSeen.await(120, TimeUnit.SECONDS)) {
            System.out.println("only " + seenAt.size() + " of " + documents + " facts reached the stream within 120 s");
        }
        List<Double> freshness = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        seenAt.forEach((ordinal, seen) -> (ordinal >= firstMeasured ? freshness : cold)
                .add((seen - postedAt.get(ordinal)) / 1e6));
        seenAt.keySet().removeIf(ordinal -> ordinal < firstMeasured);
        sequenceOf.keySet().removeIf(ordinal -> ordinal < firstMeasured);
        stream.cancel(true);
        if (freshness.isEmpty()) {
            System.out.println("no fact reached the stream");
            System.exit(1);
        }
        double p50 = percentile(freshness, 50), p99 = percentile(freshness, 99);
        double r50 = percentile(postMillis, 50), r99 = percentile(postMillis, 99);
        System.out.printf("documents: %d after %d not counted (warm-up), facts seen on the stream: %d%n", documents,
                warmup, freshness.size());
        if (!cold.isEmpty()) {
            System.out.printf("warm-up documents (not counted): p50 %.1f ms, max %.1f ms%n", percentile(cold, 50),
                    percentile(cold, 100));
        }
        List<Double> slowest = new ArrayList<>(freshness);
        slowest.sort(Collections.reverseOrder());
        System.out.println("slowest 5 (ms): " + slowest.subList(0, Math.min(5, slowest.size())).stream()
                .map(v -> String.format("%.0f", v)).toList());
        System.out.printf("documents sent one after another, %d ms after each 202%n", gapMillis);
        System.out.printf("freshness POST -> SSE event: p50 %.1f ms, p99 %.1f ms (goal: p99 under 200 ms)%n", p50, p99);
        System.out.printf("reference, POST -> 202 (broker ack): p50 %.1f ms, p99 %.1f ms%n", r50, r99);
        System.out.printf("ratio freshness / POST: p50 %.1f, p99 %.1f%n", p50 / r50, p99 / r99);
        hops(postedWall, seenWall, sequenceOf);
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(query + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            System.out.println("query service's own timers since it started (seconds):");
            metrics.lines().filter(l -> l.startsWith("rapporteur_query_catalog_fetch_lag_seconds{")
                            || l.startsWith("rapporteur_query_stream_release_lag_seconds{")
                            || l.startsWith("rapporteur_query_stream_holes_total"))
                    .forEach(l -> System.out.println("  " + l));
            String ingestMetrics = http.send(HttpRequest.newBuilder(URI.create(ingest + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            System.out.println("ingest service's own timer since it started (seconds):");
            ingestMetrics.lines().filter(l -> l.startsWith("rapporteur_ingest_worker_document_lag_seconds{"))
                    .forEach(l -> System.out.println("  " + l));
        } catch (Exception e) {
            System.out.println("could not read the services' metrics: " + e);
        }
        System.exit(0);
    }

    /**
     * Where the time went, per fact, from the timestamps the pipeline keeps anyway (same machine, same clock): the
     * catalog's outbox row (created_at = start of the catalog transaction that took the worker's facts, sent_at = when
     * the relay had the broker's ack) and the query service's event log row (applied_at = start of the transaction that
     * applied the catalog event). Needs psql; databases from RAPPORTEUR_CATALOG_DB / RAPPORTEUR_QUERY_DB.
     */
    private static void hops(Map<Integer, Long> posted, Map<Integer, Long> seen, Map<Integer, Long> sequences) {
        String catalogDb = System.getenv().getOrDefault("RAPPORTEUR_CATALOG_DB", "rapporteur_catalog");
        String queryDb = System.getenv().getOrDefault("RAPPORTEUR_QUERY_DB", "rapporteur_query");
        String list = sequences.values().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
        try {
            // Catalogs since V2__outbox_relay_position keep no sent_at per row: the relay hop then merges into the next.
            boolean sentAt = !psql(catalogDb, "SELECT 1, 0, 0 FROM information_schema.columns "
                    + "WHERE table_name = 'outbox' AND column_name = 'sent_at'").isEmpty();
            Map<Long, double[]> outbox = psql(catalogDb, "SELECT sequence, extract(epoch FROM created_at) * 1000, "
                    + (sentAt ? "extract(epoch FROM sent_at) * 1000" : "NULL")
                    + " FROM outbox WHERE sequence IN (" + list + ")");
            Map<Long, double[]> applied = psql(queryDb, "SELECT sequence, extract(epoch FROM applied_at) * 1000, 0 "
                    + "FROM " + activeSchema(queryDb) + ".event_log WHERE sequence IN (" + list + ")");
            List<Double> toCatalog = new ArrayList<>(), relay = new ArrayList<>(), toQuery = new ArrayList<>(),
                    toClient = new ArrayList<>();
            for (var entry : sequences.entrySet()) {
                double[] o = outbox.get(entry.getValue());
                double[] a = applied.get(entry.getValue());
                if (o == null || a == null) {
                    continue;
                }
                toCatalog.add(o[0] - posted.get(entry.getKey()));
                if (sentAt) {
                    relay.add(o[1] - o[0]);
                    toQuery.add(a[0] - o[1]);
                } else {
                    toQuery.add(a[0] - o[0]);
                }
                toClient.add(seen.get(entry.getKey()) - a[0]);
            }
            if (toCatalog.isEmpty()) {
                System.out.println("hops: no timestamps found (databases " + catalogDb + ", " + queryDb + ")");
                return;
            }
            System.out.printf("hops over %d facts (p50 / p99 ms; wall clock, same machine):%n", toCatalog.size());
            hop("POST -> catalog transaction start (ingest, extraction worker, catalog consumer)", toCatalog);
            if (sentAt) {
                hop("catalog transaction start -> outbox row acked by the broker (catalog apply, relay)", relay);
                hop("relay ack -> query service transaction start (consumer fetch)", toQuery);
            } else {
                hop("catalog transaction start -> query service transaction start (catalog, relay, fetch)", toQuery);
            }
            hop("query transaction start -> SSE event at the client (apply, release, delivery)", toClient);
        } catch (Exception e) {
            System.out.println("hops: could not read the timestamps (" + e + ")");
        }
    }

    private static void hop(String name, List<Double> values) {
        System.out.printf("  %-90s %7.1f / %7.1f%n", name, percentile(values, 50), percentile(values, 99));
    }

    private static String activeSchema(String db) throws Exception {
        Process p = new ProcessBuilder("psql", "-X", "-At", "-d", db, "-c",
                "SELECT active_schema FROM read_model_state").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return out;
    }

    private static Map<Long, double[]> psql(String db, String sql) throws Exception {
        Process p = new ProcessBuilder("psql", "-X", "-At", "-F", ",", "-d", db, "-c", sql)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql: " + out.trim());
        }
        Map<Long, double[]> rows = new java.util.HashMap<>();
        for (String line : out.split("\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length >= 3 && !cells[0].isBlank()) {
                try {
                    rows.put(Long.parseLong(cells[0]), new double[] {Double.parseDouble(cells[1]),
                            cells[2].isBlank() ? Double.NaN : Double.parseDouble(cells[2])});
                } catch (NumberFormatException e) {
                    // not a data row
                }
            }
        }
        return rows;
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
