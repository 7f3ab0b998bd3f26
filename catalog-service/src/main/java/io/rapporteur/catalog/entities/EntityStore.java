package io.rapporteur.catalog.entities;

import io.rapporteur.contract.fact.Fact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/**
 * Keeps the entity registry in step with the mentions: every entity a mention names is registered (once, forever) and
 * linked to the mention; the link goes when the mention goes (ON DELETE CASCADE), so counts follow live sources.
 */
public final class EntityStore {

    /** Links the entities of these mentions (mention id to the fact as the document states it). */
    public void link(Connection connection, Map<String, Fact> mentions) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        try (PreparedStatement entity = connection.prepareStatement(
                "insert into entities (id, kind, label) values (?, ?, ?) on conflict (id) do nothing");
             PreparedStatement link = connection.prepareStatement(
                     "insert into entity_mentions (mention_id, entity_id, field, surface_form) values (?, ?, ?, ?) "
                             + "on conflict do nothing")) {
            for (Map.Entry<String, Fact> mention : mentions.entrySet()) {
                for (EntitySighting sighting : EntitySighting.of(mention.getValue())) {
                    entity.setString(1, sighting.entityId());
                    entity.setString(2, sighting.kind());
                    entity.setString(3, sighting.label());
                    entity.addBatch();
                    link.setString(1, mention.getKey());
                    link.setString(2, sighting.entityId());
                    link.setString(3, sighting.field());
                    link.setString(4, sighting.surfaceForm());
                    link.addBatch();
                }
            }
            entity.executeBatch();
            link.executeBatch();
        }
    }

    /** Drops the links of mentions about to be rewritten. */
    public void unlink(Connection connection, Collection<String> mentionIds) throws SQLException {
        if (mentionIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from entity_mentions where mention_id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("text", mentionIds.toArray()));
            delete.executeUpdate();
        }
    }
}
