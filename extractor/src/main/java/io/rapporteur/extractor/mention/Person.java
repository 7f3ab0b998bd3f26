package io.rapporteur.extractor.mention;

/** A person the document has introduced, by title or by name. */
public record Person(String id, String name, String affiliation) {
}
