package io.rapporteur.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Properties;

/**
 * The reference: Stanford CoreNLP's tokenize,ssplit,pos,lemma,ner pipeline with its default models, one thread,
 * over the same documents. Runs in a child JVM, because its models need far more heap than our 256 MB bound.
 */
final class CoreNlpRun {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
    /** Enough text to let the JIT compile CoreNLP's hot paths before the timed pass. */
    private static final int WARM_UP_CHARS = 60_000;

    private CoreNlpRun() {
    }

    /** What the child prints on one line of standard output for the parent to read. */
    record Result(double loadSeconds, double seconds, double cpuSeconds, long coreNlpTokens) {
        String toLine() {
            return "CORENLP-RESULT " + loadSeconds + " " + seconds + " " + cpuSeconds + " " + coreNlpTokens;
        }

        static Result parse(String line) {
            String[] parts = line.trim().split(" ");
            return new Result(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), Double.parseDouble(parts[3]),
                    Long.parseLong(parts[4]));
        }
    }

    static Result run(List<String> documents) {
        long loadStart = System.nanoTime();
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        int warmedUp = 0;
        for (String document : documents) {
            if (warmedUp >= WARM_UP_CHARS) {
                break;
            }
            pipeline.annotate(new Annotation(document));
            warmedUp += document.length();
        }

        long tokens = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (String document : documents) {
            Annotation annotation = new Annotation(document);
            pipeline.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Result(loadSeconds, seconds, cpuSeconds, tokens);
    }
}
