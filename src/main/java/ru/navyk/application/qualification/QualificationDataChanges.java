package ru.navyk.application.qualification;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes written on this node to what the qualification views are computed from: people, their
 * positions, training and team memberships, teams and level decisions. The persistence layer counts every such row
 * it writes; a cached view computed before the latest change is stale.
 *
 * <p>Static because the persistence provider, not CDI, creates the listener that counts.
 */
public final class QualificationDataChanges {

    private static final AtomicLong GENERATION = new AtomicLong();

    private QualificationDataChanges() {
    }

    public static void changed() {
        GENERATION.incrementAndGet();
    }

    public static long generation() {
        return GENERATION.get();
    }
}
