package io.rapporteur.catalog.consume;

import io.rapporteur.catalog.LocalDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A deadlock between two real transactions is recognised as a collision (retry the batch as it is), while a record's
 * own fault, such as a constraint it violates, is not (take the batch apart and park what cannot be stored).
 */
class TransactionCollisionTest {

    @RegisterExtension
    static final LocalDatabase DATABASE = LocalDatabase.empty("rapporteur_test_collision");

    @Test
    void aDeadlockIsACollisionEvenWhenWrapped() throws Exception {
        SQLException deadlock = deadlockBetweenTwoTransactions();
        RuntimeException wrapped = new RuntimeException("batch failed", deadlock);
        assertThrows(TransactionCollision.class, () -> TransactionCollision.rethrowIfOne(wrapped));
    }

    @Test
    void aViolatedConstraintIsNot() throws Exception {
        try (Connection connection = DATABASE.connect(); Statement sql = connection.createStatement()) {
            sql.execute("create table unique_ids (id int primary key)");
            sql.execute("insert into unique_ids values (1)");
            SQLException duplicate = assertThrows(SQLException.class, () -> sql.execute("insert into unique_ids values (1)"));
            assertDoesNotThrow(() -> TransactionCollision.rethrowIfOne(duplicate));
        }
    }

    /** Two transactions each lock one row, then want the other's: PostgreSQL aborts one of them. */
    private static SQLException deadlockBetweenTwoTransactions() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection setup = DATABASE.connect(); Statement sql = setup.createStatement()) {
            sql.execute("create table locked_rows (id int primary key, n int)");
            sql.execute("insert into locked_rows values (1, 0), (2, 0)");
        }
        try (Connection first = DATABASE.connect(); Connection second = DATABASE.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            first.createStatement().execute("update locked_rows set n = n + 1 where id = 1");
            second.createStatement().execute("update locked_rows set n = n + 1 where id = 2");
            Future<SQLException> secondWants1 = other.submit(() -> failureOf(second, "update locked_rows set n = n + 1 where id = 1"));
            Thread.sleep(200);
            SQLException firstFailure = failureOf(first, "update locked_rows set n = n + 1 where id = 2");
            SQLException secondFailure = secondWants1.get(30, TimeUnit.SECONDS);
            assertTrue(firstFailure == null ^ secondFailure == null, "exactly one transaction is aborted");
            first.rollback();
            second.rollback();
            return firstFailure != null ? firstFailure : secondFailure;
        } finally {
            other.shutdownNow();
        }
    }

    private static SQLException failureOf(Connection connection, String statement) {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
            return null;
        } catch (SQLException e) {
            return e;
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }
}
