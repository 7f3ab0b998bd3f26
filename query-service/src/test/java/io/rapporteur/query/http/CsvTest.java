package io.rapporteur.query.http;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() throws Exception {
        StringWriter out = new StringWriter();
        Csv.line(out, "fct-1", null, "In 2000, China said \"yes\".", "two\nlines");
        assertEquals("fct-1,,\"In 2000, China said \"\"yes\"\".\",\"two\nlines\"\r\n", out.toString());
    }
}
