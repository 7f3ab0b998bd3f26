package io.rapporteur.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts both systems read: half copies of the seed document, half generated documents in the same genres
 * (white-paper, press-release and treaty-body sentences from genre-templates.txt). Deterministic for a given seed,
 * so that the parent JVM and the CoreNLP child JVM build exactly the same texts.
 */
final class BenchCorpus {

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z_0-9]+)}");
    private static final int SENTENCES_PER_PARAGRAPH = 4;
    private static final int PARAGRAPHS_PER_DOCUMENT = 10;

    private final List<String> templates;
    private final Map<String, List<String>> fillers;

    private BenchCorpus(List<String> templates, Map<String, List<String>> fillers) {
        this.templates = templates;
        this.fillers = fillers;
    }

    static BenchCorpus load() {
        List<String> templates = lines("genre-templates.txt");
        Map<String, List<String>> fillers = new LinkedHashMap<>();
        for (String line : lines("genre-fillers.tsv")) {
            String[] cols = line.split("\t", 2);
            fillers.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1]);
        }
        return new BenchCorpus(templates, fillers);
    }

    /** Documents adding up to at least {@code targetChars}: seed copies and generated documents, alternating. */
    List<String> documents(String seedText, int targetChars, long randomSeed) {
        Random random = new Random(randomSeed);
        List<String> documents = new ArrayList<>();
        int total = 0;
        boolean seedTurn = true;
        while (total < targetChars) {
            String document = seedTurn ? seedText : generatedDocument(random);
            documents.add(document);
            total += document.length();
            seedTurn = !seedTurn;
        }
        return documents;
    }

    private String generatedDocument(Random random) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS_PER_DOCUMENT; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            for (int s = 0; s < SENTENCES_PER_PARAGRAPH; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append(fill(templates.get(random.nextInt(templates.size())), random));
            }
        }
        return text.toString();
    }

    private String fill(String template, Random random) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            List<String> values = fillers.get(slot.group(1));
            if (values == null) {
                throw new IllegalStateException("genre-fillers.tsv has no slot " + slot.group(1));
            }
            slot.appendReplacement(out, Matcher.quoteReplacement(values.get(random.nextInt(values.size()))));
        }
        slot.appendTail(out);
        return out.toString();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BenchCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
