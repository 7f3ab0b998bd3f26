package io.rapporteur.contract.ids;

import io.rapporteur.contract.fact.EntityRef;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactSchema;
import io.rapporteur.contract.fact.FieldSpec;
import io.rapporteur.contract.fact.Place;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The identity of a fact, from its type and key fields as FACTS.md defines them: sets compare as sets of ids,
 * dates as strings, free text after folding.
 *
 * <ul>
 *   <li>{@link #canonicalId}: the same real-world fact from any document ({@code fct-...});</li>
 *   <li>{@link #mentionId}: that fact as one document states it ({@code mnt-...});</li>
 *   <li>{@link #undatedKey}: the identity without the date, so that two sources giving two dates for the same round of a
 *   dialogue can be recognised as a conflict.</li>
 * </ul>
 */
public final class FactIdentity {

    private FactIdentity() {
    }

    public static String canonicalKey(Fact fact) {
        return undatedKey(fact) + "|date=" + (fact.date() == null ? "" : fact.date());
    }

    public static String undatedKey(Fact fact) {
        StringBuilder key = new StringBuilder(fact.type().name());
        for (FieldSpec spec : FactSchema.standard().keyFields(fact.type())) {
            key.append('|').append(spec.name()).append('=').append(keyValue(fact.field(spec.name())));
        }
        return key.toString();
    }

    public static String canonicalId(Fact fact) {
        return canonicalIdOfKey(canonicalKey(fact));
    }

    private static String canonicalIdOfKey(String canonicalKey) {
        return "fct-" + Hashing.shortSha256(canonicalKey);
    }

    public static String mentionId(String documentId, Fact fact) {
        return mentionId(documentId, canonicalKey(fact));
    }

    private static String mentionId(String documentId, String canonicalKey) {
        return "mnt-" + Hashing.shortSha256(documentId + "|" + canonicalKey);
    }

    /** A document's fact: its mention id and the id of the canonical fact it is a mention of. */
    public record MentionIds(String mentionId, String canonicalId) {
    }

    /** Both ids of a document's fact, from one computation of its key (the catalog does this for every mention). */
    public static MentionIds mentionIds(String documentId, Fact fact) {
        String key = canonicalKey(fact);
        return new MentionIds(mentionId(documentId, key), canonicalIdOfKey(key));
    }

    public static String undatedId(Fact fact) {
        return "und-" + Hashing.shortSha256(undatedKey(fact));
    }

    private static String keyValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof EntityRef ref) {
            return ref.id();
        }
        if (value instanceof Place place) {
            return TextFolding.fold(place.name()) + "@" + (place.country() == null ? "" : place.country());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FactIdentity::keyValue)
                    .collect(Collectors.toCollection(TreeSet::new)).toString();
        }
        if (value instanceof String text) {
            return TextFolding.fold(text);
        }
        return value.toString();
    }
}
