package ru.navyk.infrastructure.scheduling;

import java.time.Instant;

/** Creating a lock's row when two nodes start at the same moment. */
final class LockRows {

    private LockRows() {
    }

    /**
     * Two nodes may both see no row and both insert; one insert then fails on the primary key, and the row it wanted
     * exists, which a second look confirms (a real database failure fails again and propagates).
     */
    static void ensure(ClusterLocks locks, String name, Instant firstDue) {
        try {
            locks.ensureExists(name, firstDue);
        } catch (RuntimeException raced) {
            locks.ensureExists(name, firstDue);
        }
    }
}
