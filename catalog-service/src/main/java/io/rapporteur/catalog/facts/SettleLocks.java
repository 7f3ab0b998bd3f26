package io.rapporteur.catalog.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Transaction-scoped advisory locks that make concurrent transactions settle the same canonical fact (or the same
 * conflict group) one after the other. Two catalog instances (during a rebalance, or scaled out) may state the same
 * new fact from two partitions at once: without the lock, each would merge the fact from its own mentions only, since
 * it cannot see the other's uncommitted ones, and the second would overwrite the first's sources. With it, the second
 * waits for the first to commit and then reads both.
 * <p>
 * Locks are taken in ascending key order, canonical facts before conflict groups (two key spaces), so two
 * transactions can never wait for each other in a circle. A key is the hash of an id: a collision only makes two
 * unrelated transactions wait for each other a little.
 */
final class SettleLocks {

    static final int CANONICAL_FACTS = 1;
    static final int CONFLICT_GROUPS = 2;

    private SettleLocks() {
    }

    static void lock(Connection connection, int space, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Integer[] keys = ids.stream().map(String::hashCode).distinct().sorted().toArray(Integer[]::new);
        // unnest scans the array in its order, so the locks are taken in ascending order
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(pg_advisory_xact_lock(?, k)) from unnest(?::int4[]) as k")) {
            statement.setInt(1, space);
            statement.setArray(2, connection.createArrayOf("int4", keys));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
            }
        }
    }
}
