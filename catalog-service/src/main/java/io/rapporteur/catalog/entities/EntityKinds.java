package io.rapporteur.catalog.entities;

import io.rapporteur.contract.data.DataFiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The kind of an entity (state, body, treaty, person, place) from the form of its id, per {@code entity-kinds.tsv}. */
public final class EntityKinds {

    public static final String OTHER = "other";

    private record Rule(Predicate<String> matches, String kind) {
    }

    private static final EntityKinds STANDARD = load("/io/rapporteur/catalog/entity-kinds.tsv");

    /** Kinds already worked out: a batch names the same few thousand entities over and over. */
    private static final int REMEMBERED = 50_000;

    private final List<Rule> rules;
    private final Set<String> kinds;
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    private EntityKinds(List<Rule> rules) {
        this.rules = rules;
        Set<String> all = new LinkedHashSet<>();
        rules.forEach(r -> all.add(r.kind()));
        all.add(OTHER);
        this.kinds = Set.copyOf(all);
    }

    public static EntityKinds standard() {
        return STANDARD;
    }

    public String kindOf(String entityId) {
        String known = remembered.get(entityId);
        if (known != null) {
            return known;
        }
        String kind = match(entityId);
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();   // ids are unbounded (people, places): forget all rather than grow
        }
        remembered.put(entityId, kind);
        return kind;
    }

    private String match(String entityId) {
        for (Rule rule : rules) {
            if (rule.matches().test(entityId)) {
                return rule.kind();
            }
        }
        return OTHER;
    }

    /** Every kind an entity can have, for validating filters. */
    public Set<String> kinds() {
        return kinds;
    }

    static EntityKinds load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (String[] cols : DataFiles.rows(EntityKinds.class, resource)) {
            String value = cols[1];
            Predicate<String> matches = switch (cols[0]) {
                case "prefix" -> id -> id.startsWith(value);
                case "pattern" -> Pattern.compile(value).asMatchPredicate();
                default -> throw new IllegalStateException("unknown match '" + cols[0] + "' in " + resource);
            };
            rules.add(new Rule(matches, cols[2]));
        }
        return new EntityKinds(List.copyOf(rules));
    }
}
