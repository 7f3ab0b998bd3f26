package io.rapporteur.catalog.entities;

import io.rapporteur.catalog.ArrayRows;
import io.rapporteur.catalog.CopyRows;
import io.rapporteur.catalog.TextArrays;
import io.rapporteur.contract.fact.Fact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the entity registry in step with the mentions: every entity a mention names is registered (once, forever) and
 * linked to the mention; the link goes when the mention goes (ON DELETE CASCADE), so counts follow live sources.
 * Each call is one statement per table, whatever the number of mentions.
 */
public final class EntityStore {

    /** Links the entities of these mentions (mention id to the fact as the document states it). */
    public void link(Connection connection, Map<String, Fact> mentions) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        Map<String, EntitySighting> entities = new TreeMap<>();   // in id order: no lock-order inversions
        CopyRows links = new CopyRows();
        for (Map.Entry<String, Fact> mention : mentions.entrySet()) {
            for (EntitySighting sighting : EntitySighting.of(mention.getValue())) {
                entities.putIfAbsent(sighting.entityId(), sighting);
                links.add(mention.getKey(), sighting.entityId(), sighting.field(), sighting.surfaceForm());
            }
        }
        if (entities.isEmpty()) {
            return;
        }
        try (PreparedStatement register = connection.prepareStatement(
                "insert into entities (id, kind, label) select * from unnest(?::text[], ?::text[], ?::text[]) "
                        + "on conflict (id) do nothing")) {
            ArrayRows rows = new ArrayRows("text", "text", "text");
            entities.forEach((id, sighting) -> rows.add(id, sighting.kind(), sighting.label()));
            rows.bind(connection, register, 1);
            register.executeUpdate();
        }
        // the mentions are new or were unlinked just before, and a sighting names (entity, field) once: no collisions
        links.into(connection, "entity_mentions (mention_id, entity_id, field, surface_form)");
    }

    /** Drops the links of mentions about to be rewritten. */
    public void unlink(Connection connection, Collection<String> mentionIds) throws SQLException {
        if (mentionIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from entity_mentions where mention_id = any(?)")) {
            delete.setArray(1, TextArrays.text(connection, mentionIds));
            delete.executeUpdate();
        }
    }
}
