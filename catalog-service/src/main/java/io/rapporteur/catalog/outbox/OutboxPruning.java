package io.rapporteur.catalog.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The topic keeps every event for good; the outbox only needs the rows the relay has not published yet. Rows already
 * relayed are kept a while for inspection, then deleted.
 */
public final class OutboxPruning {

    private OutboxPruning() {
    }

    /** Deletes relayed rows older than {@code keep}; never a row that is not on the topic yet. */
    public static int prune(Connection connection, Duration keep) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox where sequence <= (select last_sent from outbox_relay where id = 1) "
                        + "and created_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, keep.toMillis() / 1000.0);
            return delete.executeUpdate();
        }
    }
}
