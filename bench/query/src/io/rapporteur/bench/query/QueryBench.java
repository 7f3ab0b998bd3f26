package io.rapporteur.bench.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.bench.BenchSupport;
import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.CatalogEvent;
import io.rapporteur.contract.events.CatalogEventType;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.service.kafka.TopicSetup;
import io.rapporteur.testsupport.kafka.KafkaBroker;
import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speed of GET /api/facts?actor=..&limit=50 through the running query service (HTTP on loopback: wrk at max rate, then
 * an open-loop fixed rate with latency from each request's due time) against the reference: the same SQL run with raw
 * JDBC on the same database, same concurrency or rate, same run. Also reports how fast the service applies catalog
 * events and how long a catalog record takes to reach an SSE client (no reference: informative).
 *
 * <p>Starts its own KRaft broker, a fresh database and the packaged service; cleans all up at the end.
 */
public final class QueryBench {

    private static final String[] TREATIES = {"ICESCR", "ICCPR", "ICERD", "CEDAW", "CAT", "CRC", "CRC-OPSC",
            "CRC-OPAC", "CRPD", "ICMW", "CPED", "OP-CAT"};
    private static final String[] ACTIONS = {"SIGNATURE", "RATIFICATION", "ACCESSION"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        int facts = Integer.parseInt(options.getOrDefault("facts", "100000"));
        int actors = Integer.parseInt(options.getOrDefault("actors", "100"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "8"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        Path jar = Path.of(options.getOrDefault("jar", "query-service/target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build query-service first");
        }

        PostgresServer postgres = PostgresServer.fromEnvironment();
        String database = TestDatabases.create(postgres, "rapporteur_bench_query");
        KafkaBroker broker = KafkaBroker.ephemeral().start();
        Process service = null;
        try {
            TopicSetup.ensure(broker.bootstrapServers(), 3, List.of(Topics.CATALOG, Topics.DLQ_QUERY));
            int port = BenchSupport.freePort();
            Path log = Files.createTempFile("query-bench-service", ".log");
            service = new ProcessBuilder("java", "-Xmx512m",
                    "-Dkafka.bootstrap.servers=" + broker.bootstrapServers(),
                    "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database),
                    "-Dquarkus.datasource.username=" + postgres.user(),
                    "-Dquarkus.datasource.password=" + (postgres.password() == null ? "" : postgres.password()),
                    "-Dquarkus.http.port=" + port,
                    "-Drapporteur.query.consumer.fetch-max-wait-ms=" + options.getOrDefault("fetch-max-wait-ms", "500"), "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String base = "http://127.0.0.1:" + port;
            BenchSupport.awaitReady(base + "/q/health/ready", Duration.ofMinutes(3), "see " + log);

            long started = System.nanoTime();
            int events = publish(broker.bootstrapServers(), facts, actors);
            try (Connection c = postgres.connect(database)) {
                while (count(c) < facts) {
                    Thread.sleep(200);
                }
            }
            double applySeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("applied %d catalog events in %.1f s: %.0f events/s%n", events, applySeconds,
                    events / applySeconds);

            String sql;
            try (Connection c = postgres.connect(database)) {
                sql = referenceSql(activeSchema(c));
            }
            // Warm both sides up (JIT, connection pools, PostgreSQL caches), then alternate rounds so that a burst of
            // load from elsewhere on the machine hits both measurements alike.
            jdbcQueriesPerSecond(postgres, database, sql, actors, connections, Math.max(2, seconds / 2));
            wrkRequestsPerSecond(base, actors, connections, Math.max(2, seconds / 2), false);
            int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
            double jdbc = 0;
            double http = 0;
            for (int round = 1; round <= rounds; round++) {
                double j = jdbcQueriesPerSecond(postgres, database, sql, actors, connections, seconds);
                double h = wrkRequestsPerSecond(base, actors, connections, seconds, round == rounds);
                System.out.printf("round %d: HTTP %.0f req/s, JDBC %.0f queries/s, ratio %.2f%n", round, h, j, h / j);
                jdbc += j;
                http += h;
            }
            System.out.printf("GET /api/facts?actor=..&limit=50: %.0f req/s over HTTP (wrk, %d connections)%n",
                    http / rounds, connections);
            System.out.printf("same page by raw JDBC (reference):  %.0f queries/s (%d threads)%n", jdbc / rounds,
                    connections);
            System.out.printf("ratio HTTP / JDBC = %.2f%n", http / jdbc);

            // Fixed rate (open loop): latency at the load the goal names, measured from each request's due time.
            double rate = Double.parseDouble(options.getOrDefault("rate", "1000"));
            int rateSeconds = Integer.parseInt(options.getOrDefault("rate-seconds", "30"));
            int workers = Integer.parseInt(options.getOrDefault("workers", "32"));
            int jdbcWorkers = Integer.parseInt(options.getOrDefault("jdbc-workers", "16"));
            URI uri = URI.create(base);
            OpenLoop.CallFactory httpCalls = () -> new OpenLoop.HttpGet(uri.getHost(), uri.getPort(),
                    i -> "/api/facts?actor=" + actor(spread(i, actors)) + "&limit=50");
            OpenLoop.CallFactory jdbcCalls = () -> jdbcCall(postgres, database, sql, actors);
            OpenLoop.run(httpCalls, rate, Math.max(3, rateSeconds / 5), workers);
            OpenLoop.run(jdbcCalls, rate, Math.max(3, rateSeconds / 5), jdbcWorkers);
            OpenLoop.Result httpAtRate = OpenLoop.run(httpCalls, rate, rateSeconds, workers);
            OpenLoop.Result jdbcAtRate = OpenLoop.run(jdbcCalls, rate, rateSeconds, jdbcWorkers);
            System.out.printf("at a fixed %.0f requests/s (open loop, %d s):%n", rate, rateSeconds);
            System.out.println("  HTTP: " + httpAtRate.summary());
            System.out.println("  JDBC: " + jdbcAtRate.summary());
            System.out.printf("  goal p99 < 20 ms at %.0f/s over HTTP: %s (p99 %.2f ms)%n", rate,
                    httpAtRate.ms(99) < 20 && httpAtRate.rate() >= rate * 0.98 && httpAtRate.errors() == 0
                            ? "met" : "not met", httpAtRate.ms(99));

            // The query side of freshness: a catalog event published -> its server-sent event at a client.
            int streamEvents = Integer.parseInt(options.getOrDefault("stream-events", "200"));
            streamFreshness(broker.bootstrapServers(), base, events, 20, streamEvents);
        } finally {
            if (service != null) {
                service.destroy();
                service.waitFor();
            }
            broker.close();
            TestDatabases.drop(postgres, database);
        }
    }

    /**
     * The reference: the same page (facts naming the actor, date order, 50 + 1 to know whether there is a next page,
     * each as served with its sources and conflicts) by the same SQL the service runs, over JDBC with the service's
     * session settings (jit off).
     */
    static String referenceSql(String schema) {
        return ("SELECT f.id, f.type, f.date, f.date_start, NULL, NULL, f.evidence, f.served "
                + "FROM S.fact_actors a JOIN S.facts f ON f.id = a.fact_id WHERE a.entity_id = ? "
                + "ORDER BY a.date_start ASC NULLS LAST, a.fact_id ASC LIMIT 51").replace("S.", schema + ".");
    }

    static Connection connect(PostgresServer postgres, String database) throws java.sql.SQLException {
        Connection c = postgres.connect(database);
        try (Statement s = c.createStatement()) {
            s.execute("SET jit = off");
        }
        return c;
    }

    static double jdbcQueriesPerSecond(PostgresServer postgres, String database, String sql, int actors, int threads,
                                       int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int seed = t;
            Thread thread = new Thread(() -> {
                Random random = new Random(seed);
                try (Connection c = connect(postgres, database); PreparedStatement ps = c.prepareStatement(sql)) {
                    while (System.nanoTime() < end) {
                        ps.setString(1, actor(random.nextInt(actors)));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(1);
                                rs.getString(8);
                            }
                        }
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    finished.countDown();
                }
            });
            thread.start();
        }
        finished.await();
        return done.get() / (double) seconds;
    }

    /**
     * Publishes one new fact every 20 ms (continuing the catalog's sequence) and times each from just before the send
     * (acks=all, linger 0) to its event on /api/stream at a client: the query service's share of freshness (fetch,
     * apply, release, delivery). The first {@code warmup} are not counted.
     */
    static void streamFreshness(String bootstrap, String base, long lastSequence, int warmup, int n) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Long> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Long> seenAt = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(warmup + n);
        Pattern idPattern = Pattern.compile("\"id\"\\s*:\\s*\"(fct-[^\"]+)\"");
        HttpClient http = HttpClient.newHttpClient();
        var stream = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/stream?actor=ZZZ"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(response -> response.body().forEach(line -> {
            if (line.startsWith("data:")) {
                Matcher m = idPattern.matcher(line);
                if (m.find() && sentAt.containsKey(m.group(1)) && seenAt.putIfAbsent(m.group(1), System.nanoTime()) == null) {
                    all.countDown();
                }
            }
        }));
        Thread.sleep(1_000);
        List<String> measured = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer())) {
            long sequence = lastSequence;
            for (int i = 0; i < warmup + n; i++) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("action", "RATIFICATION");
                fields.put("actor", new EntityRef("ZZZ", "ZZZ"));
                fields.put("treaty", new EntityRef("treaty:T" + i, "T" + i));
                String evidence = "ZZZ ratified treaty T" + i + ".";
                Fact fact = new Fact(null, FactType.TREATY_ACTION, fields, "2001", null, evidence, null, 0.9, "057", "bench");
                String id = FactIdentity.canonicalId(fact);
                Mention mention = new Mention(FactIdentity.mentionId("doc-bench", fact), "doc-bench", 1, new Span(0, 20),
                        List.of(), evidence, 0.9, "bench");
                CatalogEvent event = new CatalogEvent(CatalogEventType.FactRecorded, ++sequence, null, id,
                        fact.withId(id), List.of(mention), null, null, null, null);
                if (i >= warmup) {
                    measured.add(id);
                }
                sentAt.put(id, System.nanoTime());
                producer.send(KafkaRecords.cloudEvent(Topics.CATALOG, id,
                        CloudEvent.of(EventTypes.catalog(event.type()), "/rapporteur/bench", id),
                        mapper.writeValueAsString(event))).get();
                Thread.sleep(20);
            }
        }
        boolean complete = all.await(60, java.util.concurrent.TimeUnit.SECONDS);
        stream.cancel(true);
        List<Double> millis = new ArrayList<>();
        for (String id : measured) {
            Long seen = seenAt.get(id);
            if (seen != null) {
                millis.add((seen - sentAt.get(id)) / 1e6);
            }
        }
        java.util.Collections.sort(millis);
        if (millis.isEmpty()) {
            System.out.println("stream freshness: no event reached the stream");
            return;
        }
        System.out.printf("query side of freshness, catalog record sent -> SSE event at a client, %d events (after %d "
                        + "warm-up)%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", millis.size(), warmup,
                complete ? "" : " (some never arrived)", millis.get((int) Math.ceil(0.5 * millis.size()) - 1),
                millis.get((int) Math.ceil(0.99 * millis.size()) - 1), millis.get(millis.size() - 1));
        String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        System.out.println("  the service's own lag timers (recent window, seconds):");
        metrics.lines().filter(l -> l.startsWith("rapporteur_query_catalog_fetch_lag_seconds{")
                        || l.startsWith("rapporteur_query_stream_release_lag_seconds{"))
                .forEach(l -> System.out.println("    " + l));
    }

    /** The i-th request's actor: scattered over the actors, the same sequence in every run. */
    static int spread(long i, int actors) {
        long x = (i + 1) * 0x9E3779B97F4A7C15L;
        x ^= x >>> 31;
        return (int) Math.floorMod(x, (long) actors);
    }

    static OpenLoop.Call jdbcCall(PostgresServer postgres, String database, String sql, int actors) throws Exception {
        Connection c = connect(postgres, database);
        PreparedStatement ps = c.prepareStatement(sql);
        return new OpenLoop.Call() {
            @Override
            public void call(long i) throws Exception {
                ps.setString(1, actor(spread(i, actors)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                        rs.getString(8);
                    }
                }
            }

            @Override
            public void close() throws Exception {
                ps.close();
                c.close();
            }
        };
    }

    static double wrkRequestsPerSecond(String base, int actors, int connections, int seconds, boolean print)
            throws Exception {
        Path script = Files.createTempFile("query-bench", ".lua");
        Files.writeString(script, """
                math.randomseed(42)
                request = function()
                  local n = math.random(0, %d)
                  return wrk.format("GET", string.format("/api/facts?actor=Q%%03d&limit=50", n))
                end
                """.formatted(actors - 1));
        Process wrk = new ProcessBuilder("wrk", "--latency", "-t2", "-c" + connections, "-d" + seconds + "s", "-s", script.toString(),
                base).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        if (print) {
            System.out.print(output);
            Matcher p = Pattern.compile("(?m)^\\s+(50|99)%\\s+([0-9.]+\\w+)").matcher(output);
            StringBuilder latency = new StringBuilder();
            while (p.find()) {
                latency.append(" p").append(p.group(1)).append(' ').append(p.group(2));
            }
            System.out.println("wrk at max rate (closed loop, " + connections + " connections), latency:" + latency);
        }
        if (output.contains("Non-2xx")) {
            throw new IllegalStateException("the service answered errors during the run");
        }
        Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no Requests/sec in wrk output");
        }
        return Double.parseDouble(m.group(1));
    }

    /** Synthetic but well-formed catalog: documents, then treaty actions of Q000..Q0nn, each with one mention. */
    static int publish(String bootstrap, int facts, int actors) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(7);
        long sequence = 0;
        int documents = Math.max(1, facts / 100);
        List<CatalogDocument> docs = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
            for (int d = 0; d < documents; d++) {
                String text = "Benchmark press release " + d + ". " + "States reported on their treaty actions. ".repeat(20);
                CatalogDocument doc = new CatalogDocument(DocumentIds.of(text), "Release " + d, text, "bench", "2020",
                        "en", "text/plain", "2026-01-01T00:00:00Z");
                docs.add(doc);
                send(producer, mapper, new CatalogEvent(CatalogEventType.DocumentCataloged, ++sequence, null, null, null,
                        null, null, null, doc.id(), doc));
            }
            int made = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (made < facts) {
                String actor = actor(random.nextInt(actors));
                String treaty = TREATIES[random.nextInt(TREATIES.length)];
                String date = (1970 + random.nextInt(50)) + "-" + String.format("%02d", 1 + random.nextInt(12));
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("action", ACTIONS[random.nextInt(ACTIONS.length)]);
                fields.put("actor", new EntityRef(actor, actor));
                fields.put("treaty", new EntityRef("treaty:" + treaty, treaty));
                String evidence = actor + " took action on the " + treaty + " in " + date + ".";
                Fact fact = new Fact(null, FactType.TREATY_ACTION, fields, date, null, evidence, null, 0.9, "057", "bench");
                String id = FactIdentity.canonicalId(fact);
                if (!seen.add(id)) {
                    continue;
                }
                CatalogDocument doc = docs.get(random.nextInt(docs.size()));
                Mention mention = new Mention(FactIdentity.mentionId(doc.id(), fact), doc.id(), 1, new Span(0, 40),
                        List.of(), evidence, 0.9, "bench");
                send(producer, mapper, new CatalogEvent(CatalogEventType.FactRecorded, ++sequence, null, id,
                        fact.withId(id), List.of(mention), null, null, null, null));
                made++;
            }
            producer.flush();
        }
        return (int) sequence;
    }

    private static void send(KafkaProducer<String, String> producer, ObjectMapper mapper, CatalogEvent event)
            throws IOException {
        producer.send(KafkaRecords.cloudEvent(Topics.CATALOG, event.key(),
                CloudEvent.of(EventTypes.catalog(event.type()), "/rapporteur/bench", event.key()),
                mapper.writeValueAsString(event)));
    }

    static String actor(int n) {
        return String.format("Q%03d", n);
    }

    private static String activeSchema(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT active_schema FROM read_model_state WHERE id = 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection c) throws Exception {
        try {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM " + activeSchema(c) + ".facts")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }
}
