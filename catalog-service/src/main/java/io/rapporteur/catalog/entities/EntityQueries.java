package io.rapporteur.catalog.entities;

import io.agroal.api.AgroalDataSource;
import io.rapporteur.catalog.api.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the entity registry with its counts over live mentions. */
@ApplicationScoped
public class EntityQueries {

    private static final String SELECT = """
            select e.id, e.kind, e.label,
                   count(distinct em.mention_id), count(distinct m.canonical_id), count(distinct m.document_id)
            from entities e
            left join entity_mentions em on em.entity_id = e.id
            left join mentions m on m.id = em.mention_id
            """;

    private final AgroalDataSource dataSource;

    public EntityQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<EntityView> list(String kind, String q, String after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> params = new ArrayList<>();
        if (kind != null) {
            sql.append(" and e.kind = ?");
            params.add(kind);
        }
        if (q != null && !q.isBlank()) {
            String pattern = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (e.id ilike ? or e.label ilike ? or exists (select 1 from entity_mentions s "
                    + "where s.entity_id = e.id and s.surface_form ilike ?))");
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
        if (after != null) {
            sql.append(" and e.id > ?");
            params.add(after);
        }
        sql.append(" group by e.id order by e.id limit ?");
        params.add(limit + 1);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            Map<String, EntityView> rows = read(select);
            List<EntityView> items = new ArrayList<>(withSurfaceForms(connection, rows).values());
            String next = null;
            if (items.size() > limit) {
                items = items.subList(0, limit);
                next = Page.encodeCursor(items.get(limit - 1).id());
            }
            return new Page<>(List.copyOf(items), next);
        }
    }

    public Optional<EntityView> find(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT + " where e.id = ? group by e.id")) {
            select.setString(1, id);
            return withSurfaceForms(connection, read(select)).values().stream().findFirst();
        }
    }

    private static Map<String, EntityView> read(PreparedStatement select) throws SQLException {
        Map<String, EntityView> rows = new LinkedHashMap<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), new EntityView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), List.of()));
            }
        }
        return rows;
    }

    private static Map<String, EntityView> withSurfaceForms(Connection connection, Map<String, EntityView> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<EntityView.SurfaceForm>> forms = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select entity_id, surface_form, count(distinct mention_id) from entity_mentions "
                        + "where entity_id = any(?) and surface_form is not null "
                        + "group by entity_id, surface_form order by entity_id, 3 desc, surface_form")) {
            select.setArray(1, connection.createArrayOf("text", rows.keySet().toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    forms.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new EntityView.SurfaceForm(rs.getString(2), rs.getLong(3)));
                }
            }
        }
        Map<String, EntityView> complete = new LinkedHashMap<>();
        rows.forEach((id, view) -> complete.put(id, new EntityView(view.id(), view.kind(), view.label(),
                view.mentionCount(), view.factCount(), view.documentCount(), forms.getOrDefault(id, List.of()))));
        return complete;
    }
}
