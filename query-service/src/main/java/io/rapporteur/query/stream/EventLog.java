package io.rapporteur.query.stream;

import io.agroal.api.AgroalDataSource;
import io.rapporteur.query.facts.FactFilter;
import io.rapporteur.query.readmodel.ReadModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the applied catalog events back, for replay and live delivery of the stream. */
@ApplicationScoped
public class EventLog {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadModels readModels;

    public record LoggedEvent(long sequence, String type, String payload) {
    }

    /** Fact events after {@code after} up to {@code upTo}, in sequence order, matching the filter. */
    public List<LoggedEvent> factEvents(FactFilter filter, long after, long upTo, int limit) {
        FactFilter.Sql where = filter.onEventLog();
        String sql = readModels.sql("SELECT l.sequence, l.event_type, l.payload::text FROM {rm}.event_log l "
                + "WHERE l.fact_type IS NOT NULL AND l.sequence > ? AND l.sequence <= ? AND " + where.where()
                + " ORDER BY l.sequence LIMIT " + limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            List<Object> params = where.params();
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 3, params.get(i));
            }
            List<LoggedEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new LoggedEvent(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the event log", e);
        }
    }

    public long lastSequence() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                // Also read while an outdated generation waits for its rebuild (when sql() refuses).
                ReadModels.inSchema("SELECT coalesce(max(sequence), 0) FROM {rm}.event_log", readModels.active()));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the event log", e);
        }
    }
}
