package ru.navyk.application.qualification;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts the changes written on this node to what the qualification views are computed from: people, their
 * positions, training and team memberships, teams and level decisions. The persistence layer counts every such row
 * it writes; a cached view computed before the latest change is stale. Evidence is counted per person, since a
 * rating changes only the rated person's progress.
 *
 * <p>Static because the persistence provider, not CDI, creates the listener that counts.
 */
public final class QualificationDataChanges {

    private static final AtomicLong GENERATION = new AtomicLong();

    /**
     * A change counter per person for their evidence, striped: a person's stamp is shared with the people whose ids
     * fall in the same stripe, so memory stays fixed whatever the centre's size; a change then also makes a few
     * other people's cached progress stale, which costs a recomputation, never a wrong answer.
     */
    private static final int STRIPES = 4096;
    private static final AtomicLongArray EVIDENCE = new AtomicLongArray(STRIPES);

    private QualificationDataChanges() {
    }

    public static void changed() {
        GENERATION.incrementAndGet();
    }

    public static long generation() {
        return GENERATION.get();
    }

    /** A rating of the person was written (or its transaction ended): their cached progress is stale. */
    public static void evidenceChanged(long personId) {
        EVIDENCE.incrementAndGet(stripe(personId));
    }

    /** Changes with each change of the person's evidence; a progress computed under another stamp is stale. */
    public static long evidenceStamp(long personId) {
        return EVIDENCE.get(stripe(personId));
    }

    private static int stripe(long personId) {
        return (int) Math.floorMod(personId, (long) STRIPES);
    }
}
