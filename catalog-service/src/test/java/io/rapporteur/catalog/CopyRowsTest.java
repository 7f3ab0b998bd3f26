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
    void noRowsIsNoCopy() throws Exception {
        try (Connection connection = DATABASE.connect()) {
            assertEquals(0, new CopyRows().into(connection, "nowhere (at, all)"));
        }
    }
}
