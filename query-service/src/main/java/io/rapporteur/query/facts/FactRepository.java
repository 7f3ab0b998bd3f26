package io.rapporteur.query.facts;

import io.agroal.api.AgroalDataSource;
import io.rapporteur.query.readmodel.ReadModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads facts from the active read models, each already as the JSON the API serves. */
@ApplicationScoped
public class FactRepository {

    static final String ORDER = " ORDER BY f.date_start ASC NULLS LAST, f.id ASC";
    private static final String ACTOR_ORDER = " ORDER BY a.date_start ASC NULLS LAST, a.fact_id ASC";
    /** The entity and document ids of a fact, flat, for CSV. */
    private static final String FLAT_COLUMNS = """
            (SELECT string_agg(DISTINCT e.entity_id, ';') FROM {rm}.fact_entities e WHERE e.fact_id = f.id),
            (SELECT string_agg(DISTINCT m.document_id, ';') FROM {rm}.mentions m WHERE m.fact_id = f.id),
            """;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadModels readModels;

    /** One row of a listing: the sort key, the served JSON and the flat columns of a CSV export. */
    public record FactRow(String id, String type, String date, LocalDate dateStart, String entities, String documents,
                          String evidence, String json) {
        FactCursor cursor() {
            return new FactCursor(dateStart, id);
        }
    }

    public record Page(List<String> items, String nextCursor) {
    }

    @FunctionalInterface
    public interface RowSink {
        void accept(FactRow row) throws IOException;
    }

    public Page page(FactFilter filter, FactCursor after, int limit) {
        List<FactRow> rows = new ArrayList<>();
        scan(filter, after, limit + 1, 0, false, rows::add);
        String next = null;
        if (rows.size() > limit) {
            rows.remove(limit);
            next = rows.get(limit - 1).cursor().encode();
        }
        return new Page(rows.stream().map(FactRow::json).toList(), next);
    }

    public Optional<String> byId(String id) {
        String sql = readModels.sql("SELECT f.served FROM {rm}.facts f WHERE f.id = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read fact " + id, e);
        }
    }

    /**
     * Hands every matching fact to the sink in list order, fetching from the database in chunks so that an export of
     * the whole catalog never sits in memory. limit 0 = no limit.
     */
    public void scan(FactFilter filter, FactCursor after, int limit, int fetchSize, boolean flatColumns, RowSink sink) {
        // With an actor, the facts come in list order from the fact_actors index (entity, date_start, id), so a page
        // reads its own rows only; the order is the same as ORDER's because a.date_start and a.fact_id copy f's.
        boolean byActor = filter.actor() != null;
        FactFilter.Sql where = new FactFilter.Sql();
        if (byActor) {
            where.and("a.entity_id = ?", filter.actor());
        }
        FactFilter.Sql rest = filter.onFacts(byActor);
        where.and(rest.where(), rest.params().toArray());
        if (after != null) {
            after.after(where);
        }
        String sql = readModels.sql("""
                SELECT f.id, f.type, f.date, f.date_start,
                """ + (flatColumns ? FLAT_COLUMNS : "NULL, NULL,") + """
                       f.evidence, f.served
                """ + (byActor ? "FROM {rm}.fact_actors a JOIN {rm}.facts f ON f.id = a.fact_id"
                        : "FROM {rm}.facts f")
                + " WHERE " + where.where() + (byActor ? ACTOR_ORDER : ORDER) + (limit > 0 ? " LIMIT " + limit : ""));
        try (Connection c = dataSource.getConnection()) {
            boolean streaming = fetchSize > 0;
            if (streaming) {
                // PostgreSQL only streams a result set (instead of loading it whole) inside a transaction.
                c.setAutoCommit(false);
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (streaming) {
                    ps.setFetchSize(fetchSize);
                }
                bind(ps, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date start = rs.getDate(4);
                        sink.accept(new FactRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                start == null ? null : start.toLocalDate(), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8)));
                    }
                }
            } finally {
                if (streaming) {
                    c.rollback();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list facts", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
