package ru.navyk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class TransientFailureTest {

    @Test
    void aLockTimeOutDeepInTheCausesIsTransient() {
        SQLException derby = new SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1");

        assertTrue(TransientFailure.isCauseOf(new PersistenceException("insert failed",
                new RuntimeException("wrapped", derby))));
    }

    @Test
    void postgresqlDeadlocksAndSerializationFailuresAreTransientByTheirState() {
        assertTrue(TransientFailure.isCauseOf(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailure.isCauseOf(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void aUniqueKeyOrAnyOtherFailureIsNot() {
        assertFalse(TransientFailure.isCauseOf(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
        assertFalse(TransientFailure.isCauseOf(new SQLException("no state")));
        assertFalse(TransientFailure.isCauseOf(new IllegalStateException("rule")));
        assertFalse(TransientFailure.isCauseOf(null));
    }
}
