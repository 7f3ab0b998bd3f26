package io.rapporteur.catalog.facts;

import io.rapporteur.contract.data.DataFiles;

import io.rapporteur.contract.fact.Fact;
import io.rapporteur.contract.fact.FactType;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether two canonical facts with the same identity but for the date are a disagreement between sources
 * (the same round of a dialogue given two dates) or simply two occurrences (two visits in two years).
 * The rules per fact type live in {@code conflict-rules.tsv}.
 */
public final class ConflictRules {

    /** The field two conflicting facts disagree on. */
    public static final String DATE_FIELD = "date";

    private enum Rule { ALWAYS, FIELD_PRESENT, FIELD_EQUAL }

    private record TypeRule(Rule rule, String field) {
    }

    private static final ConflictRules STANDARD = load("/io/rapporteur/catalog/conflict-rules.tsv");

    private final Map<FactType, TypeRule> rules;

    private ConflictRules(Map<FactType, TypeRule> rules) {
        this.rules = rules;
    }

    public static ConflictRules standard() {
        return STANDARD;
    }

    /** False for the types that recur: facts of those types can never be in conflict. */
    public boolean canConflict(FactType type) {
        return rules.containsKey(type);
    }

    /** True when a and b (same undated identity) state the same once-only fact with incompatible dates. */
    public boolean disagree(Fact a, Fact b) {
        if (a.type() != b.type() || a.date() == null || b.date() == null || !datesIncompatible(a.date(), b.date())) {
            return false;
        }
        TypeRule rule = rules.get(a.type());
        if (rule == null) {
            return false;
        }
        return switch (rule.rule()) {
            case ALWAYS -> true;
            case FIELD_PRESENT -> a.field(rule.field()) != null && b.field(rule.field()) != null;
            case FIELD_EQUAL -> present(a.field(rule.field())) && Objects.equals(a.field(rule.field()), b.field(rule.field()));
        };
    }

    /** "2000" and "2000-02" say the same at two precisions; "2000-02" and "2000-09" do not. */
    static boolean datesIncompatible(String a, String b) {
        return !(a.startsWith(b) || b.startsWith(a));
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof Collection<?> c && c.isEmpty());
    }

    static ConflictRules load(String resource) {
        Map<FactType, TypeRule> rules = new EnumMap<>(FactType.class);
        for (String[] cols : DataFiles.rows(ConflictRules.class, resource)) {
            Rule rule = Rule.valueOf(cols[1].trim().toUpperCase().replace('-', '_'));
            rules.put(FactType.valueOf(cols[0].trim()), new TypeRule(rule, cols.length > 2 ? cols[2].trim() : null));
        }
        return new ConflictRules(rules);
    }
}
