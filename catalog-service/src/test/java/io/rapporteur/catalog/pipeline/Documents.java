package io.rapporteur.catalog.pipeline;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Provenance;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.contract.ids.DocumentIds;
import io.rapporteur.contract.ids.FactIdentity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test document written sentence by sentence, and the facts an extractor would read from it: evidence is the
 * sentence exactly as in the text, spans point into the text, ids are mention ids as ingest publishes them.
 */
final class Documents {

    final String title;
    private final List<String> sentences = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    Documents(String title) {
        this.title = title;
    }

    String text() {
        return String.join(" ", sentences);
    }

    String id() {
        return DocumentIds.of(text());
    }

    List<Fact> facts() {
        String id = id();
        return facts.stream().map(f -> f.withId(FactIdentity.mentionId(id, f))).toList();
    }

    /** Adds a sentence and one fact stated by it; entity surface forms are located in the sentence. */
    Documents says(String sentence, FactType type, Map<String, Object> fields, String date, double confidence) {
        int start = text().isEmpty() ? 0 : text().length() + 1;
        sentences.add(sentence);
        List<ArgumentSpan> arguments = new ArrayList<>();
        fields.forEach((field, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (Object item : values) {
                if (item instanceof EntityRef ref && ref.text() != null && sentence.contains(ref.text())) {
                    int at = start + sentence.indexOf(ref.text());
                    arguments.add(new ArgumentSpan(field, ref.id(), new Span(at, at + ref.text().length())));
                }
            }
        });
        Provenance provenance = new Provenance(sentences.size() - 1, new Span(start, start + sentence.length()), arguments);
        facts.add(new Fact(null, type, new LinkedHashMap<>(fields), date, null, sentence, provenance, confidence,
                type == FactType.EXCHANGE ? "043" : null, "test-extractor-1"));
        return this;
    }

    static Map<String, Object> exchange(String format, Integer ordinal, EntityRef... participants) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", format);
        fields.put("participants", List.of(participants));
        if (ordinal != null) {
            fields.put("ordinal", ordinal);
        }
        return fields;
    }

    static EntityRef ref(String id, String text) {
        return new EntityRef(id, text);
    }
}
