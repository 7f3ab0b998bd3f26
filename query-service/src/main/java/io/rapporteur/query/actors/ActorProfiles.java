package io.rapporteur.query.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.rapporteur.query.readmodel.ReadModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the catalog knows about one entity: how many facts of each type, with whom, from when to when. */
@ApplicationScoped
public class ActorProfiles {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadModels readModels;
    @Inject
    ObjectMapper mapper;

    public record Counterpart(String id, long facts) {
    }

    public record Profile(String id, long facts, Map<String, Long> byType, Map<String, Long> byRole,
                          List<Counterpart> counterparts, JsonNode firstDated, JsonNode lastDated) {
    }

    public Optional<Profile> of(String entityId) {
        try (Connection c = dataSource.getConnection()) {
            long total = count(c, entityId);
            if (total == 0) {
                return Optional.empty();
            }
            Map<String, Long> byType = counts(c, """
                    SELECT f.type, count(DISTINCT f.id) FROM {rm}.fact_entities e JOIN {rm}.facts f ON f.id = e.fact_id
                    WHERE e.entity_id = ? GROUP BY f.type ORDER BY count(DISTINCT f.id) DESC, f.type
                    """, entityId);
            Map<String, Long> byRole = counts(c, """
                    SELECT e.role, count(DISTINCT e.fact_id) FROM {rm}.fact_entities e
                    WHERE e.entity_id = ? GROUP BY e.role ORDER BY count(DISTINCT e.fact_id) DESC, e.role
                    """, entityId);
            List<Counterpart> counterparts = new ArrayList<>();
            counts(c, """
                    SELECT o.entity_id, count(DISTINCT o.fact_id) FROM {rm}.fact_entities e
                    JOIN {rm}.fact_entities o ON o.fact_id = e.fact_id AND o.entity_id <> e.entity_id
                    WHERE e.entity_id = ? GROUP BY o.entity_id ORDER BY count(DISTINCT o.fact_id) DESC, o.entity_id
                    """, entityId).forEach((id, n) -> counterparts.add(new Counterpart(id, n)));
            return Optional.of(new Profile(entityId, total, byType, byRole, counterparts,
                    dated(c, entityId, "ASC"), dated(c, entityId, "DESC")));
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not profile " + entityId, e);
        }
    }

    private long count(Connection c, String entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(readModels.sql(
                "SELECT count(DISTINCT fact_id) FROM {rm}.fact_entities WHERE entity_id = ?"))) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<String, Long> counts(Connection c, String sql, String entityId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(readModels.sql(sql))) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** The earliest (ASC) or latest (DESC) dated fact naming the entity, as the API serves facts. */
    private JsonNode dated(Connection c, String entityId, String direction)
            throws SQLException, com.fasterxml.jackson.core.JsonProcessingException {
        String sql = readModels.sql("SELECT f.served FROM {rm}.fact_actors a JOIN {rm}.facts f ON f.id = a.fact_id "
                + "WHERE a.entity_id = ? AND a.date_start IS NOT NULL ORDER BY a.date_start " + direction
                + ", a.fact_id " + direction + " LIMIT 1");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? mapper.readTree(rs.getString(1)) : null;
            }
        }
    }
}
