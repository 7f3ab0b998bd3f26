package io.rapporteur.query.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A fact as the API serves it (fact JSON + sources + conflicts), with the attributes the stream filters on.
 * Read inside the writer's transaction so the event log records exactly what the fact tables hold.
 */
public record FactSnapshot(String type, LocalDate dateStart, String evidence, List<String> entityIds,
                           List<String> treatyIds, List<String> documentIds, String json) {

    /** The served JSON of a fact: fact fields, "sources" (its mentions) and "conflicts" (other canonical ids). */
    public static final String SERVED_JSON = """
            f.fact_json || jsonb_build_object(
                'sources', coalesce((SELECT jsonb_agg(m.source ORDER BY m.document_id, m.sentence_index, m.mention_id)
                                     FROM {rm}.mentions m WHERE m.fact_id = f.id), '[]'::jsonb),
                'conflicts', coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.other_id, 'field', x.field)
                                                        ORDER BY x.other_id)
                                       FROM {rm}.fact_conflicts x WHERE x.fact_id = f.id), '[]'::jsonb))""";

    public static FactSnapshot read(Connection c, String schema, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ReadModels.inSchema("""
                SELECT f.type, f.date_start, f.evidence,
                       ARRAY(SELECT DISTINCT e.entity_id FROM {rm}.fact_entities e WHERE e.fact_id = f.id),
                       ARRAY(SELECT e.entity_id FROM {rm}.fact_entities e WHERE e.fact_id = f.id AND e.role = 'treaty'),
                       ARRAY(SELECT DISTINCT m.document_id FROM {rm}.mentions m WHERE m.fact_id = f.id),
                       (""" + SERVED_JSON + """
                )::text
                FROM {rm}.facts f WHERE f.id = ?
                """, schema))) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                java.sql.Date start = rs.getDate(2);
                return new FactSnapshot(rs.getString(1), start == null ? null : start.toLocalDate(), rs.getString(3),
                        strings(rs.getArray(4)), strings(rs.getArray(5)), strings(rs.getArray(6)), rs.getString(7));
            }
        }
    }

    /** The last known state of a retracted fact (with the sources it had), flagged as retracted. */
    public FactSnapshot retracted() {
        String flagged = json.replaceFirst("\\}\\s*$", ", \"retracted\": true}");
        return new FactSnapshot(type, dateStart, evidence, entityIds, treatyIds, documentIds, flagged);
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
