package io.rapporteur.query.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads facts of one type with their short sources, for the summarising read models (treaty status, series).
 * Rows come in date order; a filter is an entity the fact must name in a given role, or in any role.
 */
@ApplicationScoped
public class FactSummaries {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadModels readModels;
    @Inject
    ObjectMapper mapper;

    /** A fact (its JSON) and its sources. */
    public record Summary(String id, JsonNode fact, List<SourceRef> sources) {
    }

    /** An entity the fact must name: in {@code role}, or in any role when role is null. */
    public record Named(String role, String entityId) {
    }

    public List<Summary> ofType(String type, List<Named> filters) {
        StringBuilder sql = new StringBuilder("""
                SELECT f.id, f.fact_json::text,
                       coalesce((SELECT jsonb_agg(jsonb_build_object('documentId', m.document_id,
                                     'mentionId', m.mention_id, 'evidence', m.source ->> 'evidence')
                                     ORDER BY m.document_id, m.sentence_index)
                                 FROM {rm}.mentions m WHERE m.fact_id = f.id), '[]'::jsonb)::text
                FROM {rm}.facts f WHERE f.type = ?""");
        for (Named named : filters) {
            sql.append(" AND EXISTS (SELECT 1 FROM {rm}.fact_entities e WHERE e.fact_id = f.id AND e.entity_id = ?")
                    .append(named.role() == null ? "" : " AND e.role = ?").append(')');
        }
        sql.append(" ORDER BY f.date_start ASC NULLS LAST, f.id");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(readModels.sql(sql.toString()))) {
            int i = 1;
            ps.setString(i++, type);
            for (Named named : filters) {
                ps.setString(i++, named.entityId());
                if (named.role() != null) {
                    ps.setString(i++, named.role());
                }
            }
            List<Summary> summaries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<SourceRef> sources = new ArrayList<>();
                    for (JsonNode s : mapper.readTree(rs.getString(3))) {
                        sources.add(new SourceRef(s.path("documentId").asText(), s.path("mentionId").asText(),
                                s.path("evidence").asText(null)));
                    }
                    summaries.add(new Summary(rs.getString(1), mapper.readTree(rs.getString(2)), sources));
                }
            }
            return summaries;
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not read " + type + " facts", e);
        }
    }
}
