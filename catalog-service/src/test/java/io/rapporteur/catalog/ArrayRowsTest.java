package io.rapporteur.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Column arrays against the real server: unnest gives back the rows, with their types and nulls. */
class ArrayRowsTest {

    @RegisterExtension
    static final LocalDatabase DATABASE = LocalDatabase.empty("rapporteur_test_arrays");

    @Test
    void unnestGivesBackEveryRowWithItsTypesAndNulls() throws Exception {
        ArrayRows rows = new ArrayRows("text", "int4", "float8")
                .add("quote \" and comma, {brace}", 3, 0.5)
                .add(null, null, null)
                .add("Côte d’Ivoire\nsecond line", -7, 1e-3);
        List<String> back = new ArrayList<>();
        try (Connection connection = DATABASE.connect();
             PreparedStatement select = connection.prepareStatement(
                     "select t, n, x from unnest(?::text[], ?::int4[], ?::float8[]) with ordinality as u(t, n, x, i) order by i")) {
            rows.bind(connection, select, 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    back.add(rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getObject(3));
                }
            }
        }
        assertEquals(List.of("quote \" and comma, {brace}|3|0.5", "null|null|null", "Côte d’Ivoire\nsecond line|-7|0.001"), back);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArrayRows("text", "text").add("only one"));
    }
}
