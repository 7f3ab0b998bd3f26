package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractor;
import io.rapporteur.extractor.text.DocumentText;
import io.rapporteur.extractor.text.DocumentTexts;
import io.rapporteur.extractor.text.MediaTypes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs an extractor over a corpus directory and scores it against a gold directory: for each {@code NAME.jsonl} of
 * the gold directory, the document {@code NAME.*} of the corpus directory is read (plain text, HTML or PDF), its text
 * normalised, its facts extracted with the metadata of the gold's DOCUMENT line (title and publication date, what a
 * submitter would send along), and scored.
 */
public final class CorpusEvaluator {

    private CorpusEvaluator() {
    }

    /** The outcome: the report, and the gold documents that had no document in the corpus (not scored). */
    public record Result(EvaluationReport report, List<String> goldWithoutDocument) {
    }

    public static Result evaluate(Extractor extractor, Path corpusDir, Path goldDir) throws IOException {
        Map<String, GoldDocument> gold = GoldFiles.readDirectory(goldDir);
        Map<String, GoldDocument> scored = new LinkedHashMap<>();
        Map<String, List<Fact>> predicted = new LinkedHashMap<>();
        List<String> withoutDocument = new ArrayList<>();
        for (GoldDocument document : gold.values()) {
            Optional<Path> file = documentFile(corpusDir, document.name());
            if (file.isEmpty()) {
                withoutDocument.add(document.name());
                continue;
            }
            DocumentText text = DocumentTexts.normalise(Files.readAllBytes(file.get()),
                    MediaTypes.fromFileName(file.get().getFileName().toString()));
            DocumentMetadata metadata = new DocumentMetadata(document.title(), document.published(), null);
            predicted.put(document.name(), extractor.extract(text.text(), metadata));
            scored.put(document.name(), document);
        }
        return new Result(Evaluator.evaluate(predicted, scored), withoutDocument);
    }

    /** {@code NAME.txt}, {@code NAME.html}, {@code NAME.pdf}...: the first file, in name order, named NAME plus an extension. */
    static Optional<Path> documentFile(Path corpusDir, String name) throws IOException {
        try (Stream<Path> files = Files.list(corpusDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String fileName = f.getFileName().toString();
                        return fileName.startsWith(name + ".") && fileName.indexOf('.', name.length() + 1) < 0;
                    })
                    .sorted()
                    .findFirst();
        }
    }
}
