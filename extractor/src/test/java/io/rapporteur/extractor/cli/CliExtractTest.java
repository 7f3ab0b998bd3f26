package io.rapporteur.extractor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactJson;
import io.rapporteur.extractor.Extractors;
import io.rapporteur.extractor.text.DocumentTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line with the real extractor on the real seed document. */
class CliExtractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path shared;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(Extractors::standard, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @BeforeAll
    static void locateSharedDir() {
        String property = System.getProperty("rapporteur.shared.dir");
        shared = Path.of(property != null ? property : "../../shared").toAbsolutePath().normalize();
    }

    @Test
    void extractPrintsOneFactPerLineWhoseEvidenceAndSpansAreInTheNormalisedText() throws IOException {
        Path seed = shared.resolve("corpus/prc-hr-2000-ch7.txt");
        String text = DocumentTexts.normalise(Files.readAllBytes(seed), "text/plain").text();

        assertEquals(0, cli.run("extract", seed.toString()), err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertFalse(lines.isEmpty(), "no facts extracted from the seed document");
        for (String line : lines) {
            Fact fact = FactJson.fromJsonString(line, JSON);
            assertNotNull(fact.evidence(), line);
            assertTrue(text.contains(fact.evidence()), "evidence is not a passage of the document: " + line);
            if (fact.provenance() != null) {
                var sentence = fact.provenance().sentence();
                assertEquals(fact.evidence(), text.substring(sentence.start(), sentence.end()), line);
                for (ArgumentSpan argument : fact.provenance().arguments()) {
                    assertTrue(argument.span().end() <= text.length(), line);
                }
            }
        }
    }

    @Test
    void extractWithOutWritesOneJsonLinesFilePerDocumentAndReportsUnreadableOnes() throws IOException {
        Path html = dir.resolve("release.html");
        Files.writeString(html, "<html><body><p>In September 2000, the Chinese government signed the Optional "
                + "Protocol to the Convention on the Rights of the Child on the Sale of Children, Child Prostitution "
                + "and Child Pornography.</p></body></html>");
        Path junk = dir.resolve("junk.txt");
        Files.write(junk, new byte[] {0, 1, 2, 3});
        Path outDir = Files.createDirectory(dir.resolve("out"));

        assertEquals(1, cli.run("extract", "--out", outDir.toString(), html.toString(), junk.toString()));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains(junk + ": the document looks binary"), stderr);
        Path written = outDir.resolve("release.jsonl");
        assertTrue(Files.exists(written), stderr);
        for (String line : Files.readAllLines(written)) {
            FactJson.fromJsonString(line, JSON);
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluatePrintsAReportForEachGoldDocumentWithACorpusDocument() {
        assertEquals(0, cli.run("evaluate", shared.resolve("corpus").toString(), shared.resolve("gold").toString(),
                "--verbose"));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("Document prc-hr-2000-ch7\n"), report);
        assertTrue(report.contains("\nTotal (1 document)\n"), report);
        assertTrue(report.matches("(?s).*\\n  all +\\d+ +\\d+ +\\d+ +\\d+ +[01]\\.\\d{3} .*"), report);
    }

    @Test
    void aJsonSubmissionFileIsReadForItsTextNotAsRawJson() throws IOException {
        Path submission = dir.resolve("news.json");
        Files.writeString(submission, "{\"title\": \"Ratification news\", \"published\": \"2024-11-05\", "
                + "\"text\": \"Fiji ratifies a protocol\\n\\nFiji ratified the Convention against Torture in March 2016.\"}");
        assertEquals(0, cli.run("extract", submission.toString()), err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        Fact fact = FactJson.fromJsonString(lines.get(0), JSON);
        assertEquals("Fiji ratified the Convention against Torture in March 2016.", fact.evidence());
        assertEquals("2016-03", fact.date());
    }

    @Test
    void aJsonFileWithoutTextIsAnUnreadableDocument() throws IOException {
        Path submission = dir.resolve("empty.json");
        Files.writeString(submission, "{\"title\": \"no text\"}");
        assertEquals(1, cli.run("extract", submission.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no \"text\""), err.toString(StandardCharsets.UTF_8));
    }
}
