package io.rapporteur.catalog.consume;

import java.sql.SQLException;

/**
 * A batch's transaction lost to a concurrent one, e.g. another catalog instance's (PostgreSQL broke a deadlock or a
 * serialization conflict by aborting it). Nothing is wrong with the batch: it is applied again as it is, and must not
 * be taken apart record by record, which could park good records.
 */
final class TransactionCollision extends RuntimeException {

    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";

    private TransactionCollision(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** Throws a TransactionCollision if {@code failure} is (or was caused by) one. */
    static void rethrowIfOne(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (DEADLOCK_DETECTED.equals(sql.getSQLState()) || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                throw new TransactionCollision(sql);
            }
        }
    }
}
