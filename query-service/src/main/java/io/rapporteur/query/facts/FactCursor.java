package io.rapporteur.query.facts;

import io.rapporteur.service.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of facts ends, in the order of the list (first day of the date, undated last, then id). Opaque to
 * clients: base64url of "v1|date-or-dash|id".
 */
public record FactCursor(LocalDate dateStart, String id) {

    private static final String VERSION = "v1";

    public String encode() {
        String raw = VERSION + "|" + (dateStart == null ? "-" : dateStart.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static FactCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        String[] parts = raw.split("\\|", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isBlank()) {
            throw malformed();
        }
        try {
            return new FactCursor(parts[1].equals("-") ? null : LocalDate.parse(parts[1]), parts[2]);
        } catch (DateTimeParseException e) {
            throw malformed();
        }
    }

    /** A WHERE fragment selecting the facts after this cursor. */
    public void after(FactFilter.Sql sql) {
        if (dateStart == null) {
            sql.and("(f.date_start IS NULL AND f.id > ?)", id);
        } else {
            sql.and("(f.date_start > ? OR (f.date_start = ? AND f.id > ?) OR f.date_start IS NULL)", dateStart, dateStart, id);
        }
    }

    private static ProblemException malformed() {
        return ProblemException.badRequest("cursor is malformed: pass back the nextCursor of a previous page unchanged");
    }
}
