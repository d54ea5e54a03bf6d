package ru.navyk.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a failed transaction failed for a reason that a new attempt of the same work can overcome: the database
 * rolled it back because of a lock it could not get in time, a deadlock or a serialization conflict (SQL state class
 * {@code 40}, "transaction rollback", on Derby and PostgreSQL alike), or the driver says so itself
 * ({@link SQLTransientException}). Anything else (a broken rule, a unique key, bad data) would fail again.
 */
public final class TransientFailure {

    private static final String TRANSACTION_ROLLBACK = "40";

    private TransientFailure() {
    }

    /** Whether the failure, or any failure that caused it, is a transient one of the database. */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(TRANSACTION_ROLLBACK)) {
                return true;
            }
        }
        return false;
    }
}
