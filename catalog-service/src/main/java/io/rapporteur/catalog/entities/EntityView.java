package io.rapporteur.catalog.entities;

import java.util.List;

/**
 * An entity as the registry serves it.
 *
 * @param mentionCount  live mentions naming it (any role)
 * @param factCount     live canonical facts naming it
 * @param documentCount documents with a live mention naming it
 * @param surfaceForms  how the documents wrote it, most frequent first
 */
public record EntityView(String id, String kind, String label, long mentionCount, long factCount, long documentCount,
                         List<SurfaceForm> surfaceForms) {

    public record SurfaceForm(String text, long count) {
    }
}
