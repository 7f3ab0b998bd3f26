package io.rapporteur.extractor.cli;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.extractor.DocumentMetadata;
import io.rapporteur.extractor.Extractor;
import io.rapporteur.extractor.evaluate.CorpusEvaluator;
import io.rapporteur.extractor.evaluate.GoldFiles;
import io.rapporteur.extractor.evaluate.ReportRenderer;
import io.rapporteur.extractor.text.DocumentText;
import io.rapporteur.extractor.text.DocumentTexts;
import io.rapporteur.extractor.text.MediaTypes;
import io.rapporteur.extractor.text.UnreadableDocumentException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The command line of the extractor: {@code extract}, {@code evaluate} and {@code text}. Kept apart from
 * {@link Main} so that it can be run in a test with its own output streams; it never calls System.exit.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int DOCUMENT_ERRORS = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage:
              extract [--out DIR] FILE...               facts of each document as JSON Lines (FACTS.md shape):
                                                        on stdout, or in DIR/NAME.jsonl per document with --out
              evaluate CORPUS_DIR GOLD_DIR [--verbose]  extract each CORPUS_DIR/NAME.* that has a GOLD_DIR/NAME.jsonl
                                                        and score it (precision, recall, F1, slot accuracy)
              text FILE                                 the normalised text of a document (the text fact offsets refer to)
            documents may be plain text (UTF-8), HTML or PDF; the type comes from the extension, else from the content""";

    private final Supplier<Extractor> extractors;
    private final PrintStream out;
    private final PrintStream err;

    /** @param extractors called once, and only by the commands that extract: loading the knowledge base takes a moment */
    public Cli(Supplier<Extractor> extractors, PrintStream out, PrintStream err) {
        this.extractors = extractors;
        this.out = out;
        this.err = err;
    }

    /** Runs one command; returns the process exit code (0 done, 1 some documents unreadable, 2 usage error). */
    public int run(String... args) {
        if (args.length == 0) {
            return usage("no command given");
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> extract(rest);
                case "evaluate" -> evaluate(rest);
                case "text" -> text(rest);
                case "help", "--help", "-h" -> {
                    out.println(USAGE_TEXT);
                    yield OK;
                }
                default -> usage("unknown command '" + args[0] + "'");
            };
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getCause().getMessage());
            return DOCUMENT_ERRORS;
        }
    }

    private int extract(List<String> args) {
        Path outDir = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out")) {
                if (i + 1 >= args.size()) {
                    return usage("--out needs a directory");
                }
                outDir = Path.of(args.get(++i));
            } else if (arg.startsWith("--")) {
                return usage("unknown option '" + arg + "' for extract");
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            return usage("extract needs at least one FILE");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                return usage("no such file: " + file);
            }
        }
        if (outDir != null && !Files.isDirectory(outDir)) {
            return usage("no such directory: " + outDir);
        }
        Extractor extractor = extractors.get();
        int unreadable = 0;
        for (Path file : files) {
            List<Fact> facts;
            try {
                LocalDocument document = LocalDocument.read(file);
                facts = extractor.extract(document.text().text(), document.metadata());
            } catch (UnreadableDocumentException e) {
                err.println(file + ": " + e.getMessage());
                unreadable++;
                continue;
            }
            StringBuilder lines = new StringBuilder();
            for (Fact fact : facts) {
                lines.append(FactJson.toJsonString(fact)).append('\n');
            }
            if (outDir == null) {
                out.print(lines);
            } else {
                Path target = outDir.resolve(baseName(file) + GoldFiles.EXTENSION);
                write(target, lines.toString());
                err.println(file + ": " + facts.size() + " facts -> " + target);
            }
        }
        out.flush();
        return unreadable == 0 ? OK : DOCUMENT_ERRORS;
    }

    private int evaluate(List<String> args) {
        boolean verbose = false;
        List<Path> dirs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--verbose") || arg.equals("-v")) {
                verbose = true;
            } else if (arg.startsWith("-")) {
                return usage("unknown option '" + arg + "' for evaluate");
            } else {
                dirs.add(Path.of(arg));
            }
        }
        if (dirs.size() != 2) {
            return usage("evaluate needs CORPUS_DIR and GOLD_DIR");
        }
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                return usage("no such directory: " + dir);
            }
        }
        CorpusEvaluator.Result result;
        try {
            result = CorpusEvaluator.evaluate(extractors.get(), dirs.get(0), dirs.get(1));
        } catch (IllegalArgumentException | UnreadableDocumentException e) {
            err.println("error: " + e.getMessage());
            return DOCUMENT_ERRORS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : result.goldWithoutDocument()) {
            err.println("warning: gold " + name + GoldFiles.EXTENSION + " has no " + name + ".* in " + dirs.get(0)
                    + "; not scored");
        }
        out.print(ReportRenderer.render(result.report(), verbose));
        out.flush();
        return OK;
    }

    private int text(List<String> args) {
        if (args.size() != 1) {
            return usage("text needs exactly one FILE");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            return usage("no such file: " + file);
        }
        try {
            out.println(read(file).text());
            out.flush();
            return OK;
        } catch (UnreadableDocumentException e) {
            err.println(file + ": " + e.getMessage());
            return DOCUMENT_ERRORS;
        }
    }

    private static DocumentText read(Path file) {
        try {
            return DocumentTexts.normalise(Files.readAllBytes(file), MediaTypes.fromFileName(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, String content) {
        try {
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
