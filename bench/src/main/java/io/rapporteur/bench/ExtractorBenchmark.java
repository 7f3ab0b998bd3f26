package io.rapporteur.bench;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractor;
import io.rapporteur.extractor.Extractors;
import io.rapporteur.extractor.text.DocumentTexts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokens per second of our extractor against Stanford CoreNLP on the same texts, our start-up time and heap.
 *
 * <p>This JVM (run with -Xmx256m) measures our extractor first, start-up included, then starts a child JVM that
 * builds the same texts and runs CoreNLP on them; the ratio of the two rates is printed at the end.
 *
 * <pre>
 * options: --shared-dir DIR      the shared corpus directory (default ../shared)
 *          --size-mb N           size of the workload in MB of text (default 1)
 *          --min-seconds S       our timed passes repeat until they took at least S seconds (default 5)
 *          --corenlp-heap SIZE   heap of the CoreNLP JVM (default 3g)
 *          --skip-corenlp        only our extractor
 *          --corenlp-child       internal: run CoreNLP and print one result line
 * </pre>
 */
public final class ExtractorBenchmark {

    private static final String SEED = "corpus/prc-hr-2000-ch7.txt";
    private static final long RANDOM_SEED = 20001231L;

    public static void main(String[] args) throws Exception {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStartMillis = System.currentTimeMillis();
        Options options = Options.parse(args);

        if (options.coreNlpChild) {
            List<String> documents = workload(options);
            System.out.println(CoreNlpRun.run(documents).toLine());
            return;
        }

        // 1. start-up, measured before anything else warms the JVM
        long t0 = System.nanoTime();
        Extractor extractor = Extractors.standard();
        long t1 = System.nanoTime();
        String seedText = seedText(options);
        long t2 = System.nanoTime();
        List<Fact> seedFacts = extractor.extract(seedText, DocumentMetadata.NONE);
        long t3 = System.nanoTime();

        // 2. the workload, and one token count for both systems
        List<String> documents = workload(options);
        long chars = documents.stream().mapToLong(String::length).sum();
        long tokens = Tokens.count(documents);

        // 3. our throughput: a warm-up pass, then timed passes
        resetPeaks();
        long facts = 0;
        for (String document : documents) {
            facts += extractor.extract(document, DocumentMetadata.NONE).size();
        }
        int passes = 0;
        double loadBefore = loadAverage();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long elapsed;
        do {
            for (String document : documents) {
                extractor.extract(document, DocumentMetadata.NONE);
            }
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < options.minSeconds * 1e9);
        double ourSeconds = elapsed / 1e9;
        double ourCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double ourRate = tokens * passes / ourSeconds;
        double ourCpuRate = tokens * passes / ourCpuSeconds;
        double loadAfter = loadAverage();
        long peakHeap = peakHeapUsed();
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        // 4. text normalisation on a 5 MB document (the service's limit), against a plain UTF-8 decode of it
        String big = String.join("\n\n", repeatTo(documents, 5_000_000));
        byte[] bigBytes = big.getBytes(StandardCharsets.UTF_8);
        DocumentTexts.normalise(bigBytes, "text/plain");
        long n0 = System.nanoTime();
        DocumentTexts.normalise(bigBytes, "text/plain");
        double normaliseSeconds = (System.nanoTime() - n0) / 1e9;
        long d0 = System.nanoTime();
        int decoded = new String(bigBytes, StandardCharsets.UTF_8).length();
        double decodeSeconds = (System.nanoTime() - d0) / 1e9;

        System.out.printf(Locale.ROOT, "Rapporteur extractor benchmark%n");
        System.out.printf(Locale.ROOT, "workload: %.2f MB of text, %d documents (seed copies and generated), "
                + "%,d tokens%n", chars / 1e6, documents.size(), tokens);
        System.out.printf(Locale.ROOT, "ours: %s, %d facts per pass (%d on the seed document)%n",
                extractor.version(), facts, seedFacts.size());
        System.out.printf(Locale.ROOT, "  start-up: first Extractors.standard() %.0f ms + first extract %.0f ms "
                        + "= %.0f ms (JVM start to main: %d ms)%n",
                (t1 - t0) / 1e6, (t3 - t2) / 1e6, ((t1 - t0) + (t3 - t2)) / 1e6, mainStartMillis - jvmStartMillis);
        System.out.printf(Locale.ROOT, "  throughput: %,.0f tokens/s wall clock, %,.0f tokens per CPU-second "
                        + "(%d timed passes in %.2f s, after one warm-up pass; load average %.1f -> %.1f on %d cores)%n",
                ourRate, ourCpuRate, passes, ourSeconds, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  heap: max %d MB (-Xmx), peak used %d MB, used after GC %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20, heapAfterGc >> 20);
        System.out.printf(Locale.ROOT, "  DocumentTexts.normalise of %.1f MB text/plain: %.0f ms "
                        + "(plain UTF-8 decode of the same bytes: %.0f ms, ratio %.1fx; %d chars)%n",
                bigBytes.length / 1e6, normaliseSeconds * 1e3, decodeSeconds * 1e3, normaliseSeconds / decodeSeconds,
                decoded);
        System.out.flush();

        if (options.skipCoreNlp) {
            return;
        }
        double coreNlpLoadBefore = loadAverage();
        CoreNlpRun.Result reference = runCoreNlpChild(options);
        double coreNlpLoadAfter = loadAverage();
        double referenceRate = tokens / reference.seconds();
        double referenceCpuRate = tokens / reference.cpuSeconds();
        System.out.printf(Locale.ROOT, "Stanford CoreNLP %s (%s, one thread, child JVM -Xmx%s)%n",
                coreNlpVersion(), CoreNlpRun.ANNOTATORS, options.coreNlpHeap);
        System.out.printf(Locale.ROOT, "  pipeline load: %.1f s%n", reference.loadSeconds());
        System.out.printf(Locale.ROOT, "  throughput: %,.0f tokens/s wall clock, %,.0f tokens per CPU-second (one timed "
                        + "pass in %.1f s, after a warm-up; load average %.1f -> %.1f; CoreNLP's own token count %,d)%n",
                referenceRate, referenceCpuRate, reference.seconds(), coreNlpLoadBefore, coreNlpLoadAfter,
                reference.coreNlpTokens());
        System.out.printf(Locale.ROOT, "ratio ours / CoreNLP: %.1fx tokens per second (wall clock), "
                + "%.1fx tokens per CPU-second%n", ourRate / referenceRate, ourCpuRate / referenceCpuRate);
    }

    private static List<String> workload(Options options) throws IOException {
        return BenchCorpus.load().documents(seedText(options), (int) (options.sizeMb * 1_000_000), RANDOM_SEED);
    }

    private static String seedText(Options options) throws IOException {
        byte[] bytes = Files.readAllBytes(options.sharedDir.resolve(SEED));
        return DocumentTexts.normalise(bytes, "text/plain").text();
    }

    private static List<String> repeatTo(List<String> documents, int chars) {
        List<String> out = new ArrayList<>();
        int total = 0;
        while (total < chars) {
            for (String document : documents) {
                out.add(document);
                total += document.length() + 2;
                if (total >= chars) {
                    break;
                }
            }
        }
        return out;
    }

    private static CoreNlpRun.Result runCoreNlpChild(Options options) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + options.coreNlpHeap,
                "-cp", System.getProperty("java.class.path"), ExtractorBenchmark.class.getName(),
                "--corenlp-child", "--shared-dir", options.sharedDir.toString(),
                "--size-mb", Double.toString(options.sizeMb)));
        Path log = Files.createTempFile("corenlp-bench", ".log");
        Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
        CoreNlpRun.Result result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("CORENLP-RESULT ")) {
                    result = CoreNlpRun.Result.parse(line);
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the CoreNLP run failed (exit " + exit + "); its log: " + log);
        }
        Files.deleteIfExists(log);
        return result;
    }

    private static String coreNlpVersion() {
        Package p = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null ? "4.5.x" : version;
    }

    /** The machine's one-minute load average: the figures mean little when other work competes for the cores. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static final class Options {
        Path sharedDir = Path.of("../shared");
        double sizeMb = 1;
        double minSeconds = 5;
        String coreNlpHeap = "3g";
        boolean skipCoreNlp;
        boolean coreNlpChild;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--shared-dir" -> options.sharedDir = Path.of(args[++i]);
                    case "--size-mb" -> options.sizeMb = Double.parseDouble(args[++i]);
                    case "--min-seconds" -> options.minSeconds = Double.parseDouble(args[++i]);
                    case "--corenlp-heap" -> options.coreNlpHeap = args[++i];
                    case "--skip-corenlp" -> options.skipCoreNlp = true;
                    case "--corenlp-child" -> options.coreNlpChild = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return options;
        }
    }
}
