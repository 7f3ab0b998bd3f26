package io.rapporteur.catalog.facts;

import io.rapporteur.catalog.ArrayRows;
import io.rapporteur.catalog.TextArrays;
import io.rapporteur.catalog.outbox.PendingEvents;
import io.rapporteur.contract.fact.Fact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The conflicts table: pairs of live canonical facts with the same identity but for the date whose sources disagree
 * (the rules say when they do). Conflicts only ever link facts of one undated identity, so reconciling a batch means
 * re-deciding the pairs inside each identity group a changed fact belongs to.
 */
final class Conflicts {

    private final ConflictRules rules;
    private final Function<String, Fact> parse;

    Conflicts(ConflictRules rules, Function<String, Fact> parse) {
        this.rules = rules;
        this.parse = parse;
    }

    ConflictRules rules() {
        return rules;
    }

    /** An unordered pair of fact ids, smaller first (as the table's check constraint wants). */
    record Pair(String a, String b) implements Comparable<Pair> {
        static Pair of(String x, String y) {
            return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }

        @Override
        public int compareTo(Pair other) {
            int first = a.compareTo(other.a);
            return first != 0 ? first : b.compareTo(other.b);
        }
    }

    /** The pairs that should be in conflict among the live facts of one identity group. */
    static Set<Pair> desiredPairs(ConflictRules rules, Map<String, Fact> liveGroup) {
        Set<Pair> pairs = new TreeSet<>();
        List<Map.Entry<String, Fact>> facts = new ArrayList<>(new TreeMap<>(liveGroup).entrySet());
        for (int i = 0; i < facts.size(); i++) {
            for (int j = i + 1; j < facts.size(); j++) {
                if (rules.disagree(facts.get(i).getValue(), facts.get(j).getValue())) {
                    pairs.add(Pair.of(facts.get(i).getKey(), facts.get(j).getKey()));
                }
            }
        }
        return pairs;
    }

    /**
     * Makes the conflicts of the identity groups of these facts what the rules say, and gives every live fact whose
     * conflict set changed a FactConflicted event carrying its complete current set (empty: the disagreement is gone).
     *
     * @param changed    the facts of this transaction that can conflict, id to merged fact (null when retracted)
     * @param undatedIds their identities without the date: the groups to reconcile
     */
    void reconcile(Connection connection, Map<String, Fact> changed, Set<String> undatedIds, PendingEvents events)
            throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        Map<String, Map<String, Fact>> groups = liveGroups(connection, changed, undatedIds);
        Set<String> involved = new TreeSet<>(changed.keySet());
        groups.values().forEach(group -> involved.addAll(group.keySet()));

        Set<Pair> desired = new TreeSet<>();
        groups.values().forEach(group -> desired.addAll(desiredPairs(rules, group)));
        Set<Pair> current = currentPairs(connection, involved);
        Set<Pair> added = new TreeSet<>(desired);
        added.removeAll(current);
        Set<Pair> removed = new TreeSet<>(current);
        removed.removeAll(desired);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        write(connection, added, removed);

        Map<String, Fact> live = new HashMap<>();
        groups.values().forEach(live::putAll);
        Set<String> touched = new TreeSet<>();
        added.forEach(p -> { touched.add(p.a()); touched.add(p.b()); });
        removed.forEach(p -> { touched.add(p.a()); touched.add(p.b()); });
        for (String id : touched) {
            Fact fact = live.get(id);
            if (fact == null) {
                continue;   // retracted: it has no conflicts any more, and its retraction said so
            }
            Set<String> others = new TreeSet<>();
            desired.forEach(p -> {
                if (p.a().equals(id)) {
                    others.add(p.b());
                } else if (p.b().equals(id)) {
                    others.add(p.a());
                }
            });
            events.conflict(fact, List.copyOf(others), ConflictRules.DATE_FIELD);
        }
    }

    /** Undated identity to its live facts (id to fact), for every group a changed fact belongs to. */
    private Map<String, Map<String, Fact>> liveGroups(Connection connection, Map<String, Fact> changed,
                                                     Set<String> undatedIds) throws SQLException {
        Map<String, Map<String, Fact>> groups = new LinkedHashMap<>();
        // the facts of this batch are in memory: only the others' text is read and parsed
        List<String> live = changed.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
        try (PreparedStatement select = connection.prepareStatement(
                "select o.id, o.undated_id, case when mine.id is null then o.fact::text end from canonical_facts o "
                        + "left join unnest(?::text[]) as mine(id) on mine.id = o.id "
                        + "where o.undated_id = any(?) and not o.retracted order by o.id")) {
            select.setArray(1, TextArrays.text(connection, live));
            select.setArray(2, TextArrays.text(connection, undatedIds));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Fact fact = changed.get(id) != null ? changed.get(id) : parse.apply(rs.getString(3));
                    groups.computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>()).put(id, fact);
                }
            }
        }
        return groups;
    }

    private static Set<Pair> currentPairs(Connection connection, Set<String> ids) throws SQLException {
        Set<Pair> pairs = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select fact_a, fact_b from conflicts where fact_a = any(?) or fact_b = any(?)")) {
            select.setArray(1, TextArrays.text(connection, ids));
            select.setArray(2, TextArrays.text(connection, ids));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new Pair(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return pairs;
    }

    private static void write(Connection connection, Set<Pair> added, Set<Pair> removed) throws SQLException {
        if (!removed.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from conflicts c using unnest(?::text[], ?::text[]) as r(a, b) "
                            + "where c.fact_a = r.a and c.fact_b = r.b")) {
                pairs(removed).bind(connection, delete, 1);
                delete.executeUpdate();
            }
        }
        if (!added.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into conflicts (fact_a, fact_b, field) select r.a, r.b, ? from unnest(?::text[], ?::text[]) "
                            + "as r(a, b) on conflict do nothing")) {
                insert.setString(1, ConflictRules.DATE_FIELD);
                pairs(added).bind(connection, insert, 2);
                insert.executeUpdate();
            }
        }
    }

    private static ArrayRows pairs(Set<Pair> pairs) {
        ArrayRows rows = new ArrayRows("text", "text");
        pairs.forEach(pair -> rows.add(pair.a(), pair.b()));
        return rows;
    }

    Set<String> of(Connection connection, String id) throws SQLException {
        Set<String> others = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select fact_b from conflicts where fact_a = ? union select fact_a from conflicts where fact_b = ?")) {
            select.setString(1, id);
            select.setString(2, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    others.add(rs.getString(1));
                }
            }
        }
        return others;
    }
}
