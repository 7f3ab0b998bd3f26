package io.rapporteur.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** COPY text format, against the real server: what goes in is what comes out, including the characters COPY escapes. */
class CopyRowsTest {

    @RegisterExtension
    static final LocalDatabase DATABASE = LocalDatabase.empty("rapporteur_test_copy");

    @Test
    void valuesWithTabsNewlinesBackslashesAndNullsArriveIntact() throws Exception {
        List<String> values = List.of("plain", "tab\there", "two\nlines", "carriage\rreturn", "back\\slash \\N",
                "{\"evidence\": \"He said \\\"no\\\"\\n\"}", "Côte d’Ivoire — ünïcödé");
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table copied (n integer, value text, score double precision, missing text)");
            CopyRows rows = new CopyRows();
            for (int i = 0; i < values.size(); i++) {
                rows.add(i, values.get(i), i / 4.0, null);
            }
            assertEquals(values.size(), rows.into(connection, "copied (n, value, score, missing)"));

            List<String> back = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select n, value, score, missing from copied order by n")) {
                while (rs.next()) {
                    back.add(rs.getString(2));
                    assertEquals(rs.getInt(1) / 4.0, rs.getDouble(3));
                    assertNull(rs.getString(4));
                }
            }
            assertEquals(values, back);
        }
    }

    @Test
    void rowsBeyondOneChunkArriveInOrder() throws Exception {
        // ~20 000 rows of ~60 characters, with non-Latin text: many encoding chunks, none splitting a row
        try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table many (n integer, value text)");
            CopyRows rows = new CopyRows();
            for (int i = 0; i < 20_000; i++) {
                rows.add(i, "row " + i + " — Côte d’Ivoire\tand a tab\there");
            }
            assertEquals(20_000, rows.into(connection, "many (n, value)"));
            try (ResultSet rs = statement.executeQuery("select count(*), sum(n), "
                    + "count(*) filter (where value = 'row ' || n || ' — Côte d’Ivoire' || chr(9) || 'and a tab' "
                    + "|| chr(9) || 'here') from many")) {
                rs.next();
                assertEquals(20_000, rs.getLong(1));
                assertEquals(20_000L * 19_999 / 2, rs.getLong(2));
                assertEquals(20_000, rs.getLong(3));
            }
        }
    }

    @Test
    void noRowsIsNoCopy() throws Exception {
        try (Connection connection = DATABASE.connect()) {
            assertEquals(0, new CopyRows().into(connection, "nowhere (at, all)"));
        }
    }
}
