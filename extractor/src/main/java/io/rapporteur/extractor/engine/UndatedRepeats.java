package io.rapporteur.extractor.engine;

import io.rapporteur.contract.data.DataFiles;
import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;
import io.rapporteur.contract.ids.FactIdentity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Drops the undated statement of a fact that cannot happen twice when the same document also gives its date, as
 * news items do in their headline ("Fiji ratifies the Optional Protocol ...") before the dated sentence. Which facts
 * cannot happen twice is data: {@code kb/once-only.tsv}.
 */
final class UndatedRepeats {

    private final Map<FactType, String> onceOnly = new EnumMap<>(FactType.class);

    UndatedRepeats() {
        for (String[] cols : DataFiles.rows(UndatedRepeats.class, "/io/rapporteur/extractor/kb/once-only.tsv")) {
            onceOnly.put(FactType.valueOf(cols[0].trim()), cols[1].trim());
        }
    }

    List<Fact> remove(Collection<Fact> facts) {
        Set<String> dated = facts.stream()
                .filter(fact -> fact.date() != null && happensOnce(fact))
                .map(FactIdentity::undatedKey)
                .collect(Collectors.toSet());
        // "Germany and Viet Nam hold human rights dialogue" over "... held the 8th ... Dialogue in Berlin on 4 July":
        // an undated, unnumbered exchange of sides and format that a dated one of the document has is that one
        Set<String> datedExchanges = facts.stream()
                .filter(fact -> fact.type() == FactType.EXCHANGE && fact.date() != null)
                .map(UndatedRepeats::sidesAndFormat)
                .collect(Collectors.toSet());
        // "Committee on Migrant Workers opens thirtieth session" over "... this morning opened its thirtieth session":
        // the same round, numbered alike
        Set<String> datedRounds = facts.stream()
                .filter(fact -> fact.type() == FactType.EXCHANGE && fact.date() != null && fact.field("ordinal") != null)
                .map(fact -> sidesAndFormat(fact) + " " + fact.field("ordinal"))
                .collect(Collectors.toSet());
        // "... elected for a four-year term beginning on 1 January 2019 ...: A (Paraguay), B (Tunisia), ... . Mr. B was
        // re-elected.": an undated membership of someone the document gives a dated one in the same body is that one
        Set<String> datedMemberships = facts.stream()
                .filter(fact -> fact.type() == FactType.MEMBERSHIP && fact.date() != null)
                .map(UndatedRepeats::memberAndBody)
                .collect(Collectors.toSet());
        return facts.stream()
                .filter(fact -> fact.date() != null || !happensOnce(fact) || !dated.contains(FactIdentity.undatedKey(fact)))
                .filter(fact -> fact.type() != FactType.MEMBERSHIP || fact.date() != null || fact.status() != null
                        || !datedMemberships.contains(memberAndBody(fact)))
                .filter(fact -> fact.type() != FactType.EXCHANGE || fact.date() != null || fact.field("ordinal") != null
                        || fact.status() != null || !datedExchanges.contains(sidesAndFormat(fact)))
                .filter(fact -> fact.type() != FactType.EXCHANGE || fact.date() != null || fact.field("ordinal") == null
                        || fact.status() != null || !datedRounds.contains(sidesAndFormat(fact) + " " + fact.field("ordinal")))
                .toList();
    }

    private static String memberAndBody(Fact fact) {
        return (fact.entity("member") == null ? null : fact.entity("member").id()) + " "
                + (fact.entity("body") == null ? null : fact.entity("body").id());
    }

    private static String sidesAndFormat(Fact fact) {
        Set<String> sides = fact.entities("participants").stream().map(ref -> ref.id()).collect(Collectors.toSet());
        return fact.field("format") + " " + new TreeSet<>(sides);
    }

    private boolean happensOnce(Fact fact) {
        String when = onceOnly.get(fact.type());
        if (when == null) {
            return false;
        }
        if (when.equals("always")) {
            return true;
        }
        Object value = fact.field(when);
        return value != null && !(value instanceof Collection<?> collection && collection.isEmpty());
    }
}
