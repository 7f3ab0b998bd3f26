package io.rapporteur.extractor.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A genre case only guards the extractor if some test runs it: a text added under {@code src/test/resources/genre}
 * without its {@code @Test} method would pass silently forever. Surefire runs in the module's directory, so the
 * sources are read from there.
 */
class GenreCasesAllRunTest {

    private static final Path GENRE = Path.of("src/test/resources/genre");
    private static final Path TESTS = Path.of("src/test/java/io/rapporteur/extractor/rules");
    private static final Pattern LOADED = Pattern.compile("GenreCase\\.load\\(\"([^\"]+)\"\\)");

    @Test
    void everyGenreTextIsLoadedByATestAndHasItsExpectations() throws IOException {
        Set<String> texts = new TreeSet<>();
        try (Stream<Path> files = Files.list(GENRE)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .forEach(n -> texts.add(n.substring(0, n.length() - ".txt".length())));
        }
        assertFalse(texts.isEmpty(), "no genre texts under " + GENRE.toAbsolutePath());

        Set<String> loaded = new TreeSet<>();
        try (Stream<Path> sources = Files.list(TESTS)) {
            for (Path source : sources.filter(p -> p.toString().endsWith("GenreTest.java")).toList()) {
                Matcher m = LOADED.matcher(Files.readString(source));
                while (m.find()) {
                    loaded.add(m.group(1));
                }
            }
        }

        Set<String> neverRun = new TreeSet<>(texts);
        neverRun.removeAll(loaded);
        assertEquals(Set.of(), neverRun, "genre texts no test loads");

        List<String> withoutExpectations = texts.stream()
                .filter(n -> !Files.exists(GENRE.resolve(n + ".expected.jsonl"))).toList();
        assertEquals(List.of(), withoutExpectations, "genre texts without NAME.expected.jsonl");
    }
}
