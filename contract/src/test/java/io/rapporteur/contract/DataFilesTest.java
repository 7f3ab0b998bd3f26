package io.rapporteur.contract;

import io.rapporteur.contract.data.DataFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataFilesTest {

    @Test
    void rowsSkipCommentsAndBlankLinesAndSplitOnTabs() {
        List<String[]> rows = DataFiles.rows(DataFilesTest.class, "/io/rapporteur/contract/fact-schema.tsv");
        assertTrue(rows.stream().noneMatch(row -> row[0].startsWith("#") || row[0].isBlank()));
        assertArrayEquals(new String[]{"TREATY_ACTION", "action", "CODE", "key"}, rows.get(0));
        assertEquals(4, rows.get(rows.size() - 1).length);
    }

    @Test
    void aMissingFileSaysWhichOne() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DataFiles.rows(DataFilesTest.class, "/no/such.tsv"));
        assertTrue(e.getMessage().contains("/no/such.tsv"));
    }
}
