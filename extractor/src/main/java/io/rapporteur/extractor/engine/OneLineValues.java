package io.rapporteur.extractor.engine;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Field values on one line: a title or surface form that a document wraps over lines ("Ninth Workshop\non Regional
 * Cooperation ...", "Mary\nRobinson") reads with single spaces. The evidence keeps the document's own text.
 */
final class OneLineValues {

    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s*\\n\\s*|[\\t\\u00A0 ]{2,}");

    private OneLineValues() {
    }

    static Map<String, Object> of(Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> out.put(name, oneLine(value)));
        return out;
    }

    private static Object oneLine(Object value) {
        if (value instanceof String s) {
            return flatten(s);
        }
        if (value instanceof EntityRef ref && ref.text() != null) {
            return new EntityRef(ref.id(), flatten(ref.text()));
        }
        if (value instanceof Place place && place.name() != null) {
            return new Place(flatten(place.name()), place.country());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OneLineValues::oneLine).toList();
        }
        return value;
    }

    private static String flatten(String s) {
        return s.indexOf('\n') < 0 && s.indexOf("  ") < 0 && s.indexOf('\t') < 0 ? s : WHITE_SPACE_RUN.matcher(s).replaceAll(" ");
    }
}
