package io.rapporteur.query.facts;

import io.rapporteur.service.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FactCursorTest {

    @Test
    void aCursorReadsBackAsWritten() {
        FactCursor dated = new FactCursor(LocalDate.of(2000, 2, 1), "fct-0123456789abcdef0123");
        assertEquals(dated, FactCursor.decode(dated.encode()));
        FactCursor undated = new FactCursor(null, "fct-ffff");
        assertEquals(undated, FactCursor.decode(undated.encode()));
        assertNull(FactCursor.decode(""));
    }

    @Test
    void anythingElseIsABadRequest() {
        for (String bad : new String[] {"***", encode("v2|2000-01-01|x"), encode("v1|2000-13-01|x"), encode("v1|-|"),
                encode("v1|2000-01-01")}) {
            ProblemException e = assertThrows(ProblemException.class, () -> FactCursor.decode(bad), bad);
            assertEquals(400, e.status());
        }
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
