package io.rapporteur.extractor.evaluate;

import io.rapporteur.contract.fact.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheMetadataLineAndTheFactsWithTheirOptionalFlag() throws IOException {
        Path file = dir.resolve("white-paper.jsonl");
        Files.writeString(file, """
                {"type": "DOCUMENT", "title": "Progress in 2000", "published": "2001-04", "coversYear": 2000}
                {"type": "TREATY_ACTION", "action": "SIGNATURE", "actor": {"id": "CHN"}, "treaty": {"id": "treaty:ICCPR"}, "date": "1998-10", "evidence": "..."}

                {"type": "VISIT", "visitor": {"id": "person:mary-robinson"}, "destination": {"id": "CHN"}, "date": "2000-03", "evidence": "...", "optional": true}
                """);
        GoldDocument gold = GoldFiles.read(file);
        assertEquals("white-paper", gold.name());
        assertEquals("Progress in 2000", gold.title());
        assertEquals("2001-04", gold.published());
        assertEquals(2000, gold.coversYear());
        assertEquals(2, gold.facts().size());
        assertEquals(FactType.TREATY_ACTION, gold.facts().get(0).fact().type());
        assertFalse(gold.facts().get(0).optional());
        assertTrue(gold.facts().get(1).optional());
    }

    @Test
    void aBadLineIsReportedWithFileAndLineNumber() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, """
                {"type": "DOCUMENT", "title": "t"}
                {"type": "VISIT", "visitor": {"id": "CHN"}, "destination": {"id": "GBR"}, "date": null, "evidence": "."}
                {"type": "VISIT", "visitr": {"id": "CHN"}, "date": null, "evidence": "."}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldFiles.read(file));
        assertEquals("bad.jsonl line 3: field 'visitr' is not a field of VISIT", e.getMessage());
    }

    @Test
    void readsEveryGoldFileOfADirectory() throws IOException {
        Files.writeString(dir.resolve("b.jsonl"), "{\"type\": \"DOCUMENT\"}\n");
        Files.writeString(dir.resolve("a.jsonl"), "");
        Files.writeString(dir.resolve("notes.txt"), "not gold");
        Map<String, GoldDocument> gold = GoldFiles.readDirectory(dir);
        assertEquals(java.util.List.of("a", "b"), java.util.List.copyOf(gold.keySet()));
    }

    @Test
    void theSeedGoldFileParses() throws IOException {
        Path seed = SharedDir.locate().resolve("gold/prc-hr-2000-ch7.jsonl");
        GoldDocument gold = GoldFiles.read(seed);
        assertEquals(2000, gold.coversYear());
        // the file has 35 lines: the metadata line and 34 facts
        assertEquals(34, gold.facts().size());
    }
}
