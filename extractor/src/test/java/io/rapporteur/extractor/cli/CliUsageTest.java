package io.rapporteur.extractor.cli;

import io.rapporteur.extractor.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's handling of bad arguments and its text command: nothing here needs the extractor. */
class CliUsageTest {

    /** A usage error must be reported before the (slow) extractor is loaded. */
    private static final Supplier<Extractor> MUST_NOT_LOAD = () -> {
        throw new AssertionError("the extractor was loaded for a command that does not need it");
    };

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(MUST_NOT_LOAD, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, cli.run());
        assertTrue(stderr().startsWith("error: no command given\nusage:"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void anUnknownCommandIsNamed() {
        assertEquals(2, cli.run("extrct", "a.txt"));
        assertTrue(stderr().startsWith("error: unknown command 'extrct'"), stderr());
    }

    @Test
    void extractWithoutFilesOrWithAMissingFileIsAUsageError() {
        assertEquals(2, cli.run("extract"));
        assertTrue(stderr().contains("extract needs at least one FILE"), stderr());
        assertEquals(2, cli.run("extract", dir.resolve("missing.txt").toString()));
        assertTrue(stderr().contains("no such file: " + dir.resolve("missing.txt")), stderr());
        assertEquals(2, cli.run("extract", "--out"));
        assertTrue(stderr().contains("--out needs a directory"), stderr());
    }

    @Test
    void evaluateNeedsTwoExistingDirectories() {
        assertEquals(2, cli.run("evaluate", dir.toString()));
        assertTrue(stderr().contains("evaluate needs CORPUS_DIR and GOLD_DIR"), stderr());
        assertEquals(2, cli.run("evaluate", dir.toString(), dir.resolve("gold").toString()));
        assertTrue(stderr().contains("no such directory: " + dir.resolve("gold")), stderr());
        assertEquals(2, cli.run("evaluate", dir.toString(), dir.toString(), "--verbos"));
        assertTrue(stderr().contains("unknown option '--verbos' for evaluate"), stderr());
    }

    @Test
    void helpGoesToStandardOutput() {
        assertEquals(0, cli.run("--help"));
        assertTrue(stdout().contains("evaluate CORPUS_DIR GOLD_DIR [--verbose]"), stdout());
    }

    @Test
    void textPrintsTheNormalisedTextOfAnHtmlFile() throws IOException {
        Path page = dir.resolve("release.html");
        Files.writeString(page, "<html><body><h1>Dialogue&nbsp;held</h1><p>In  Beijing,\n  in May 2005.</p></body></html>");
        assertEquals(0, cli.run("text", page.toString()));
        assertEquals("Dialogue held\n\nIn Beijing, in May 2005.\n", stdout());
    }

    @Test
    void anUnreadableDocumentIsReportedAndExitsWithOne() throws IOException {
        Path junk = dir.resolve("junk.txt");
        Files.write(junk, new byte[] {'a', 0, 1, 2, 3});
        assertEquals(1, cli.run("text", junk.toString()));
        assertTrue(stderr().startsWith(junk + ": the document looks binary"), stderr());
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
