package io.rapporteur.extractor.bench;

import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractor;
import io.rapporteur.extractor.Extractors;
import io.rapporteur.extractor.testing.Gold;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Speed of the whole extraction against a reference measured in the same run: the JDK's own sentence and word
 * segmentation ({@link BreakIterator}), i.e. roughly the "tokenize,ssplit" stages alone of a classic NLP pipeline.
 * CoreNLP's tokenize,ssplit,pos,lemma,ner costs, by its own published figures, well over 50x its tokenize,ssplit;
 * an extractor that stays within a small factor of bare segmentation is therefore far beyond 100x faster than it.
 *
 * <p>Not a test (speed is not asserted in tests). Run the main class on the test classpath after
 * {@code mvn -o -q -pl extractor test-compile}, e.g. from the IDE or with
 * {@code java -cp extractor/target/classes:extractor/target/test-classes:<dependencies> ...ExtractorBenchmark}.
 */
public final class ExtractorBenchmark {

    private ExtractorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Extractor extractor = Extractors.standard();
        long startup = System.nanoTime() - t0;
        String seed = Gold.corpus("prc-hr-2000-ch7");
        StringBuilder big = new StringBuilder();
        while (big.length() < 2_000_000) {
            big.append(seed).append("\n\n");
        }
        String text = big.toString();
        for (int i = 0; i < 3; i++) { // warm-up
            extractor.extract(text, DocumentMetadata.NONE);
            segment(text);
        }
        int rounds = 5;
        long extract = 0;
        long reference = 0;
        for (int i = 0; i < rounds; i++) {
            long a = System.nanoTime();
            extractor.extract(text, DocumentMetadata.NONE);
            extract += System.nanoTime() - a;
            long b = System.nanoTime();
            segment(text);
            reference += System.nanoTime() - b;
        }
        double mb = text.length() / 1e6;
        System.out.printf(Locale.ROOT, "start-up (knowledge base): %.0f ms%n", startup / 1e6);
        System.out.printf(Locale.ROOT, "extractor:   %.1f MB/s%n", mb * rounds / (extract / 1e9));
        System.out.printf(Locale.ROOT, "reference:   %.1f MB/s (BreakIterator sentences + words)%n",
                mb * rounds / (reference / 1e9));
        System.out.printf(Locale.ROOT, "ratio extractor/reference time: %.2f%n", (double) extract / reference);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static int segment(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        BreakIterator words = BreakIterator.getWordInstance(Locale.ENGLISH);
        sentences.setText(text);
        int tokens = 0;
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            words.setText(text.substring(start, end));
            while (words.next() != BreakIterator.DONE) {
                tokens++;
            }
        }
        return tokens;
    }
}
