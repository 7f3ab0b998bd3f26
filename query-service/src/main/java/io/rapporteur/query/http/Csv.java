package io.rapporteur.query.http;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 lines: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
public final class Csv {

    private Csv() {
    }

    public static void line(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
