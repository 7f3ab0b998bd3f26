package io.rapporteur.query.facts;

import io.rapporteur.contract.fact.FactType;
import io.rapporteur.query.readmodel.FactDates;
import io.rapporteur.service.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The filters of /api/facts and /api/stream. Dates: a fact lies in [from, to] when the first day its date denotes lies
 * in it; a bound given as a year or month stands for its first day (from) or last day (to), so from=2000&to=2000 holds
 * every fact dated "2000", "2000-02" or "2000-09-12". Facts without a date are left out when from or to is given.
 */
public record FactFilter(FactType type, String actor, String treaty, LocalDate from, LocalDate to, String document,
                         String q) {

    public static final FactFilter NONE = new FactFilter(null, null, null, null, null, null, null);

    /** Reads the query parameters; bad values are a 400 with the reason. */
    public static FactFilter of(String type, String actor, String treaty, String from, String to, String document,
                                String q) {
        FactType factType = null;
        if (present(type)) {
            try {
                factType = FactType.valueOf(type.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("type '" + type + "' is not a fact type; use one of "
                        + Arrays.stream(FactType.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        LocalDate fromDate = present(from) ? bound("from", from, true) : null;
        LocalDate toDate = present(to) ? bound("to", to, false) : null;
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ProblemException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        String treatyId = present(treaty) ? treatyId(treaty.trim()) : null;
        return new FactFilter(factType, trimmed(actor), treatyId, fromDate, toDate, trimmed(document), trimmed(q));
    }

    /** Treaties may be named by id (treaty:ICESCR) or by acronym (ICESCR). */
    static String treatyId(String treaty) {
        return treaty.startsWith("treaty:") ? treaty : "treaty:" + treaty;
    }

    /** A WHERE fragment over the facts table (alias f) and its parameters, in order. */
    public Sql onFacts() {
        return onFacts(false);
    }

    /**
     * The same, leaving the actor out when the query already joins the facts to {@code fact_actors a} on
     * {@code a.entity_id = actor} (FactRepository: the actor's facts are read in list order from that index).
     */
    public Sql onFacts(boolean actorJoined) {
        Sql sql = new Sql();
        if (type != null) {
            sql.and("f.type = ?", type.name());
        }
        if (actor != null && !actorJoined) {
            sql.and("EXISTS (SELECT 1 FROM {rm}.fact_entities e WHERE e.fact_id = f.id AND e.entity_id = ?)", actor);
        }
        if (treaty != null) {
            sql.and("EXISTS (SELECT 1 FROM {rm}.fact_entities e WHERE e.fact_id = f.id AND e.role = 'treaty' "
                    + "AND e.entity_id = ?)", treaty);
        }
        if (document != null) {
            sql.and("EXISTS (SELECT 1 FROM {rm}.mentions m WHERE m.fact_id = f.id AND m.document_id = ?)", document);
        }
        dates(sql, "f.date_start");
        if (q != null) {
            sql.and("f.search @@ websearch_to_tsquery('english', ?)", q);
        }
        return sql;
    }

    /** The same filters over the event log (alias l), for the stream. */
    public Sql onEventLog() {
        Sql sql = new Sql();
        if (type != null) {
            sql.and("l.fact_type = ?", type.name());
        }
        if (actor != null) {
            sql.and("? = ANY (l.entity_ids)", actor);
        }
        if (treaty != null) {
            sql.and("? = ANY (l.treaty_ids)", treaty);
        }
        if (document != null) {
            sql.and("? = ANY (l.document_ids)", document);
        }
        dates(sql, "l.date_start");
        if (q != null) {
            sql.and("to_tsvector('english', coalesce(l.evidence, '')) @@ websearch_to_tsquery('english', ?)", q);
        }
        return sql;
    }

    private void dates(Sql sql, String column) {
        if (from != null) {
            sql.and(column + " >= ?", from);
        }
        if (to != null) {
            sql.and(column + " <= ?", to);
        }
    }

    private static LocalDate bound(String name, String value, boolean first) {
        String v = value.trim();
        try {
            return first ? FactDates.firstDay(v) : FactDates.lastDay(v);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " '" + value + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimmed(String value) {
        return present(value) ? value.trim() : null;
    }

    /** A conjunction of SQL conditions with their parameters. */
    public static final class Sql {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        public Sql and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(Arrays.asList(values));
            return this;
        }

        public String where() {
            return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
        }

        public List<Object> params() {
            return params;
        }
    }
}
