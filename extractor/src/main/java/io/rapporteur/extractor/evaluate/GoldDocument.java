package io.rapporteur.extractor.evaluate;

import java.util.List;

/**
 * The gold of one document: its metadata line (the {@code "type": "DOCUMENT"} line of FACTS.md) and its facts.
 *
 * @param name       the document's name, its gold file name without {@code .jsonl}
 * @param title      title from the metadata line, or null
 * @param published  publication date from the metadata line (ISO 8601, any precision), or null
 * @param coversYear the year the document reports on, or null
 */
public record GoldDocument(String name, String title, String published, Integer coversYear, List<GoldFact> facts) {
    public GoldDocument {
        facts = List.copyOf(facts);
    }
}
