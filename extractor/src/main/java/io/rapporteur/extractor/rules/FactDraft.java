package io.rapporteur.extractor.rules;

import io.rapporteur.contract.fact.ArgumentSpan;
import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.fact.Place;
import io.rapporteur.contract.fact.Span;
import io.rapporteur.extractor.mention.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fact being assembled by a rule: fields, argument spans, date, status and how sure the rule is. */
public final class FactDraft {

    public final FactType type;
    public final Map<String, Object> fields = new LinkedHashMap<>();
    public final List<ArgumentSpan> arguments = new ArrayList<>();
    public String date;
    public String status;
    public String subKind;
    public double confidence = 0.9;
    /** Set when this fact numbers one the document reported unnumbered ("This was the 13th round"): that one goes. */
    public boolean numbersEarlier;

    public FactDraft(FactType type) {
        this.type = type;
    }

    public FactType type() {
        return type;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public List<ArgumentSpan> arguments() {
        return arguments;
    }

    public String date() {
        return date;
    }

    public String status() {
        return status;
    }

    public String subKind() {
        return subKind;
    }

    public double confidence() {
        return confidence;
    }

    public boolean numbersEarlier() {
        return numbersEarlier;
    }

    public FactDraft entity(String field, Mention m) {
        fields.put(field, m.ref());
        arguments.add(new ArgumentSpan(field, m.id(), new Span(m.start(), m.end())));
        if (m.inferred()) {
            confidence -= 0.05;
        }
        return this;
    }

    public FactDraft entities(String field, List<Mention> mentions) {
        List<EntityRef> refs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Mention m : mentions) {
            if (seen.contains(m.id())) {
                continue;
            }
            seen.add(m.id());
            refs.add(m.ref());
            arguments.add(new ArgumentSpan(field, m.id(), new Span(m.start(), m.end())));
            if (m.inferred()) {
                confidence -= 0.05;
            }
        }
        fields.put(field, List.copyOf(refs));
        return this;
    }

    public FactDraft text(String field, String value, int start, int end) {
        if (value != null && !value.isBlank()) {
            fields.put(field, value.strip());
            if (end > start) {
                arguments.add(new ArgumentSpan(field, null, new Span(start, end)));
            }
        }
        return this;
    }

    public FactDraft code(String field, String value) {
        fields.put(field, value);
        return this;
    }

    public FactDraft place(Place place, int start, int end) {
        if (place != null) {
            fields.put("place", place);
            arguments.add(new ArgumentSpan("place", place.country(), new Span(start, end)));
        }
        return this;
    }

    public FactDraft date(String iso, boolean inherited) {
        this.date = iso;
        if (inherited && iso != null) {
            confidence -= 0.1;
        }
        return this;
    }

    public FactDraft status(String value) {
        this.status = value;
        return this;
    }

    /** The status (null: held) and the sub-kind it makes the fact: the status itself, else {@code heldKind}. */
    public FactDraft status(String value, String heldKind) {
        this.status = value;
        this.subKind = value == null ? heldKind : value;
        return this;
    }

    public FactDraft subKind(String value) {
        this.subKind = value;
        return this;
    }

    /** A copy for another member of a "respectively" list or another named partner. */
    public FactDraft copy() {
        FactDraft c = new FactDraft(type);
        c.fields.putAll(fields);
        c.arguments.addAll(arguments);
        c.date = date;
        c.status = status;
        c.subKind = subKind;
        c.confidence = confidence;
        return c;
    }
}
