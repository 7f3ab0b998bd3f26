package io.rapporteur.bench.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.bench.BenchSupport;
import io.rapporteur.bench.CpuTime;
import io.rapporteur.contract.events.CatalogEventType;
import io.rapporteur.contract.events.CloudEvent;
import io.rapporteur.contract.events.EventTypes;
import io.rapporteur.contract.events.FactsExtracted;
import io.rapporteur.contract.events.Topics;
import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Provenance;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.contract.ids.FactIdentity;
import io.rapporteur.service.kafka.KafkaRecords;
import io.rapporteur.testsupport.kafka.KafkaBroker;
import io.rapporteur.testsupport.postgres.PostgresServer;
import io.rapporteur.testsupport.postgres.TestDatabases;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Future;

/**
 * Mentions/s persisted end-to-end by the catalog service vs a bare COPY of the same rows, printed as a ratio.
 * See bench/catalog/README.md.
 */
public final class CatalogBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STATES = {"AUS", "GBR", "NOR", "SWE", "DEU", "FRA", "CAN", "NZL", "CHE", "NLD"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        if (!options.containsKey("jar")) {
            throw new IllegalArgumentException("--jar path/to/quarkus-run.jar is required");
        }
        int documents = Integer.parseInt(options.getOrDefault("documents", "20000"));
        int factsPerDocument = Integer.parseInt(options.getOrDefault("facts", "5"));
        double shared = Double.parseDouble(options.getOrDefault("shared", "0.3"));
        int warmUpDocuments = Integer.parseInt(options.getOrDefault("warm-up", "25000"));
        Path jar = Path.of(options.get("jar"));

        // the warm-up states other facts than the measured run (its own documents and rounds): the measured run finds
        // a catalog that already holds facts, as a real one does, but none of the facts it states
        List<ProducerRecord<String, String>> warmUp = new ArrayList<>();
        int warmUpMentions = workload("warm-up document ", warmUpDocuments, factsPerDocument, shared, 50_000_000, warmUp);
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        int mentions = workload("bench document ", documents, factsPerDocument, shared, 0, records);
        System.out.printf("workload: %d documents, %d mentions (%.0f %% of facts shared between documents), after a "
                + "warm-up of %d documents%n", documents, mentions, shared * 100, warmUpDocuments);

        PostgresServer server = PostgresServer.fromEnvironment();
        String database = TestDatabases.create(server, "rapporteur_bench_catalog");
        Process service = null;
        try (KafkaBroker broker = KafkaBroker.ephemeral().start()) {
            int port = BenchSupport.freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-Dkafka.bootstrap.servers=" + broker.bootstrapServers(),
                    "-Dquarkus.datasource.jdbc.url=" + server.jdbcUrl(database),
                    "-Dquarkus.datasource.username=" + server.user(),
                    "-Dquarkus.datasource.password=" + (server.password() == null ? "" : server.password()),
                    "-Dquarkus.http.port=" + port,
                    "-jar", jar.toString()));
            // e.g. SERVICE_JAVA_OPTS=-XX:StartFlightRecording=filename=catalog.jfr to profile the service
            BenchSupport.addJavaOptions(command, "SERVICE_JAVA_OPTS");
            service = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Path.of("bench/catalog/target/catalog-service.log").toFile()).start();
            BenchSupport.awaitReady("http://127.0.0.1:" + port + "/q/health/ready", Duration.ofMinutes(3),
                    "see bench/catalog/target/catalog-service.log");

            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers());
                 Connection connection = server.connect(database)) {
                // the service's code is compiled by the JIT while it runs: time the sustained rate, not the warm-up
                long warmUpStart = System.nanoTime();
                publish(producer, warmUp);
                awaitCaughtUp(connection, warmUp.size());
                System.out.printf("warm-up: %d mentions in %.2f s%n", warmUpMentions, (System.nanoTime() - warmUpStart) / 1e9);
                long eventsBefore = count(connection, "select count(*) from outbox");
                // every timed run starts a checkpoint cycle afresh: where a checkpoint falls (and the full-page
                // writes after it) otherwise moves the rate by a quarter between runs
                try (Statement statement = connection.createStatement()) {
                    statement.execute("checkpoint");
                }

                long servicePid = service.pid();
                double[] cpuBefore = {CpuTime.ofProcess(servicePid), CpuTime.ofCommand("postgres"),
                        CpuTime.ofProcess(ProcessHandle.current().pid())};
                long start = System.nanoTime();
                publish(producer, records);
                awaitConsumed(connection, warmUp.size() + records.size());
                double persistedSeconds = (System.nanoTime() - start) / 1e9;
                // the run is over when the last change event is on rapporteur.catalog.v1, not before
                awaitRelayed(connection);
                double serviceSeconds = (System.nanoTime() - start) / 1e9;
                double[] cpu = {CpuTime.ofProcess(servicePid) - cpuBefore[0],
                        CpuTime.ofCommand("postgres") - cpuBefore[1],
                        CpuTime.ofProcess(ProcessHandle.current().pid()) - cpuBefore[2]};
                long events = count(connection, "select count(*) from outbox") - eventsBefore;
                Path timedEvents = eventsAfter(connection, eventsBefore);
                long stored = count(connection, "select count(*) from mentions");
                if (stored != warmUpMentions + mentions) {
                    throw new IllegalStateException("the catalog holds " + stored + " mentions, expected "
                            + (warmUpMentions + mentions));
                }

                printVolumes(connection);
                Path rows = copyOut(connection);
                // three COPYs, each into a fresh table of the same shape; the median is the reference
                List<Double> copyTimes = new ArrayList<>();
                for (int run = 1; run <= 3; run++) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("create table mentions_reference_" + run + " (like mentions including all)");
                    }
                    long copyStart = System.nanoTime();
                    try (InputStream in = Files.newInputStream(rows)) {
                        ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI()
                                .copyIn("copy mentions_reference_" + run + " from stdin", in, 1 << 16);
                    }
                    copyTimes.add((System.nanoTime() - copyStart) / 1e9);
                }
                double copySeconds = copyTimes.stream().sorted().toList().get(1);
                Files.delete(rows);
                double serviceRate = mentions / serviceSeconds;
                double copyRate = stored / copySeconds;
                System.out.printf("mentions in the database after %.2f s (%.0f mentions/s); %d change events on the topic "
                        + "after %.2f s%n", persistedSeconds, mentions / persistedSeconds, events, serviceSeconds);
                System.out.printf("catalog service, end-to-end from the facts topic: %10.0f mentions/s (%.2f s)%n",
                        serviceRate, serviceSeconds);
                System.out.printf("reference, bare COPY of the same rows (median of 3): %7.0f mentions/s (%d rows in %.2f s)%n",
                        copyRate, stored, copySeconds);
                System.out.printf("ratio service / COPY: %.3f%n", serviceRate / copyRate);
                Floor floor = floor(broker.bootstrapServers(), warmUp.size() + records.size(), timedEvents);
                System.out.printf("floor, the same records in and the same events out through the broker, no database "
                        + "(KafkaFloor): %6.0f mentions/s; CPU per 1 000 mentions: its JVM %.0f ms, broker %.0f ms%n",
                        floor.mentions() / floor.seconds(), floor.cpu() * 1e6 / floor.mentions(),
                        floor.brokerCpu() * 1e6 / floor.mentions());
                System.out.printf("ratio service / floor: %.3f%n", serviceRate / (floor.mentions() / floor.seconds()));
                // CPU time is what a change to the service really saves; a noisy machine moves it far less than rates
                System.out.printf("CPU per 1 000 mentions in the timed run: service %.0f ms, PostgreSQL %.0f ms, "
                        + "broker and bench %.0f ms (%.2f of %d cores busy)%n", cpu[0] * 1e6 / mentions,
                        cpu[1] * 1e6 / mentions, cpu[2] * 1e6 / mentions, (cpu[0] + cpu[1] + cpu[2]) / serviceSeconds,
                        Runtime.getRuntime().availableProcessors());
            }
        } finally {
            if (service != null) {
                service.destroy();
                service.waitFor();
            }
            TestDatabases.drop(server, database);
        }
    }

    /** One FactsExtracted per document; a share of facts is stated by several documents (same canonical fact). */
    private static int workload(String documentName, int documents, int factsPerDocument, double shared, int firstRound,
                                List<ProducerRecord<String, String>> out) {
        Random random = new Random(42 + firstRound);
        int sharedPool = Math.max(1, documents * factsPerDocument / 20);
        int mentions = 0;
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            List<Fact> facts = new ArrayList<>();
            LinkedHashMap<String, Fact> unique = new LinkedHashMap<>();
            String documentId = DocumentIds.of(documentName + d);
            for (int f = 0; f < factsPerDocument; f++) {
                boolean isShared = random.nextDouble() < shared;
                int round = firstRound + (isShared ? random.nextInt(sharedPool) : 100_000 + d * factsPerDocument + f);
                String state = STATES[round % STATES.length];
                String sentence = "China and " + state + " held round " + round + " of their human rights dialogue in "
                        + (1990 + round % 30) + ".";
                int start = text.length();
                text.append(sentence).append(' ');
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("format", "DIALOGUE");
                fields.put("participants", List.of(new EntityRef("CHN", "China"), new EntityRef(state, state)));
                fields.put("ordinal", round);
                fields.put("topic", "human rights");
                Fact fact = new Fact(null, FactType.EXCHANGE, fields, Integer.toString(1990 + round % 30), null, sentence,
                        new Provenance(f, new Span(start, start + sentence.length()), List.of(
                                new ArgumentSpan("participants", "CHN", new Span(start, start + 5)))),
                        0.5 + random.nextDouble() / 2, "043", "bench-1");
                Fact mention = fact.withId(FactIdentity.mentionId(documentId, fact));
                unique.putIfAbsent(mention.id(), mention);
            }
            facts.addAll(unique.values());
            mentions += facts.size();
            FactsExtracted event = new FactsExtracted(documentId, "bench-1", Instant.now().toString(), facts);
            try {
                out.add(KafkaRecords.cloudEvent(Topics.FACTS, documentId,
                        CloudEvent.of(EventTypes.FACTS_EXTRACTED, "/rapporteur/bench", documentId),
                        JSON.writeValueAsString(event)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return mentions;
    }

    /** The change events of the timed run as the relay sent them, one per line: key, CloudEvents type, payload. */
    private static Path eventsAfter(Connection connection, long outboxRowsBefore) throws Exception {
        Path file = Files.createTempFile("catalog-bench-events-", ".tsv");
        file.toFile().deleteOnExit();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select key, type, payload from outbox order by sequence offset "
                     + outboxRowsBefore);
             var out = Files.newBufferedWriter(file)) {
            while (rs.next()) {
                out.write(rs.getString(1) + "\t" + EventTypes.catalog(CatalogEventType.valueOf(rs.getString(2)))
                        + "\t" + rs.getString(3) + "\n");
            }
        }
        return file;
    }

    private record Floor(long mentions, double seconds, double cpu, double brokerCpu) {
    }

    /** Runs {@link KafkaFloor} in a JVM of its own (C2 on, as the service's) over the whole facts topic. */
    private static Floor floor(String bootstrap, long records, Path events) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), KafkaFloor.class.getName(),
                "--bootstrap", bootstrap, "--topic", Topics.FACTS, "--records", Long.toString(records),
                "--events", events.toString(), "--broker-pid", Long.toString(ProcessHandle.current().pid()),
                "--event-bytes", System.getenv().getOrDefault("FLOOR_EVENT_BYTES", "-1")));
        // e.g. FLOOR_JAVA_OPTS=-XX:StartFlightRecording=filename=floor.jfr to profile it
        BenchSupport.addJavaOptions(command, "FLOOR_JAVA_OPTS");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("KafkaFloor failed: " + output);
        }
        Files.delete(events);
        String line = output.lines().filter(l -> l.startsWith("floor ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("KafkaFloor printed no result: " + output));
        String[] parts = line.split(" ");
        return new Floor(Long.parseLong(parts[2]), Double.parseDouble(parts[3]), Double.parseDouble(parts[4]),
                Double.parseDouble(parts[5]));
    }

    /** The stored mention rows in COPY text format, in a temporary file (they may not fit the bench's heap). */
    private static Path copyOut(Connection connection) throws Exception {
        Path file = Files.createTempFile("catalog-bench-mentions-", ".copy");
        file.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file)) {
            ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI().copyOut("copy mentions to stdout", out);
        }
        return file;
    }

    private static void publish(KafkaProducer<String, String> producer, List<ProducerRecord<String, String>> records)
            throws Exception {
        List<Future<?>> acks = new ArrayList<>();
        for (ProducerRecord<String, String> record : records) {
            acks.add(producer.send(record));
        }
        producer.flush();
        for (Future<?> ack : acks) {
            ack.get();
        }
    }

    /**
     * How often the bench asks the database whether the service is done: each question costs PostgreSQL a parse and a
     * plan, which at 10 ms took a few per cent of the machine from the service; 50 ms is 0.3 % of a 15 s run.
     */
    private static final long POLL_MILLIS = 50;

    /**
     * Until this many records of the facts topic are applied: their offsets are stored in the same transaction as
     * their mentions. Polled on a one-row-per-partition table, since counting a growing mentions table every few ms
     * would load the database.
     */
    private static void awaitConsumed(Connection connection, long records) throws Exception {
        while (count(connection, "select coalesce(sum(next_offset), 0) from consumed_offsets where topic = '"
                + Topics.FACTS + "'") < records) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Until the outbox relay has put every change event on rapporteur.catalog.v1. */
    private static void awaitRelayed(Connection connection) throws Exception {
        while (count(connection, "select count(*) from outbox where sequence > (select last_sent from outbox_relay)") > 0) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static void awaitCaughtUp(Connection connection, long records) throws Exception {
        awaitConsumed(connection, records);
        awaitRelayed(connection);
    }

    /** What the run left in each table (rows; bytes with indexes and TOAST): where the written volume goes. */
    private static void printVolumes(Connection connection) throws Exception {
        Map<String, long[]> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.relname, pg_total_relation_size(c.oid),
                            (select count(*) from pg_index i where i.indrelid = c.oid)
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind = 'r' and c.relname not like 'flyway%'
                       and pg_total_relation_size(c.oid) > 1048576
                     order by pg_total_relation_size(c.oid) desc""")) {
            while (rs.next()) {
                tables.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        for (Map.Entry<String, long[]> table : tables.entrySet()) {
            System.out.printf("  table %-16s %9d rows %6.0f MB (%d indexes)%n", table.getKey(),
                    count(connection, "select count(*) from " + table.getKey()), table.getValue()[0] / 1048576.0,
                    table.getValue()[1]);
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
