package io.rapporteur.query.readmodel;

/** A short source reference for the read models that summarise facts: which document says it, in which words. */
public record SourceRef(String documentId, String mentionId, String evidence) {
}
