package io.rapporteur.query.support;

import io.rapporteur.contract.events.CatalogDocument;
import io.rapporteur.contract.events.Mention;
import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.contract.fact.Provenance;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.contract.ids.FactIdentity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Facts as the catalog would carry them: canonical ids from the key fields, mentions located in the document text. */
public final class Facts {

    private Facts() {
    }

    public static Fact treatyAction(String action, EntityRef actor, EntityRef treaty, String date, String evidence) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("action", action);
        fields.put("actor", actor);
        fields.put("treaty", treaty);
        return canonical(new Fact(null, FactType.TREATY_ACTION, fields, date, null, evidence, null, 0.9, "057", "test-1"));
    }

    public static Fact dialogue(List<EntityRef> participants, int ordinal, String topic, String date, Place place,
                                String evidence) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", "DIALOGUE");
        fields.put("participants", participants);
        fields.put("ordinal", ordinal);
        fields.put("topic", topic);
        if (place != null) {
            fields.put("place", place);
        }
        return canonical(new Fact(null, FactType.EXCHANGE, fields, date, null, evidence, null, 0.9, "043", "test-1"));
    }

    public static Fact canonical(Fact fact) {
        return fact.withId(FactIdentity.canonicalId(fact));
    }

    public static EntityRef ref(String id, String text) {
        return new EntityRef(id, text);
    }

    /** The fact as the document states it: the evidence sentence and each named entity located in the text. */
    public static Mention mention(CatalogDocument document, Fact fact) {
        String text = document.text();
        int start = text.indexOf(fact.evidence());
        if (start < 0) {
            throw new IllegalArgumentException("the evidence is not in document " + document.id() + ": " + fact.evidence());
        }
        Span sentence = new Span(start, start + fact.evidence().length());
        List<ArgumentSpan> arguments = new ArrayList<>();
        for (var field : fact.fields().entrySet()) {
            List<EntityRef> refs = field.getValue() instanceof EntityRef ref ? List.of(ref)
                    : field.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof EntityRef
                    ? fact.entities(field.getKey()) : List.of();
            for (EntityRef ref : refs) {
                int at = ref.text() == null ? -1 : text.indexOf(ref.text(), start);
                if (at >= 0 && at < sentence.end()) {
                    arguments.add(new ArgumentSpan(field.getKey(), ref.id(), new Span(at, at + ref.text().length())));
                }
            }
        }
        int sentenceIndex = (int) text.substring(0, start).chars().filter(ch -> ch == '.').count();
        return new Mention(FactIdentity.mentionId(document.id(), fact), document.id(), sentenceIndex, sentence,
                arguments, fact.evidence(), fact.confidence(), "test-1");
    }
}
