package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Start-up work that must not run on two nodes at the same moment (importing the model, creating the first
 * administrator, loading the demo): the nodes take turns on one lease, and each step, being idempotent, finds the
 * work already done when its turn comes. A node that died while holding the lease delays the others by at most
 * {@link #LEASE}.
 */
@ApplicationScoped
public class StartupLock {

    static final String NAME = "startup";
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    @Inject
    private ClusterLocks locks;

    @Inject
    private NodeIdentity node;

    /** The system clock, as for the jobs' leases ({@link JobRunner}): leases are compared across nodes. */
    private final Clock clock = Clock.systemUTC();

    /** Runs {@code step} while this node holds the start-up lease, waiting for its turn first. */
    public void runAlone(String step, Runnable work) {
        String holder = node.id();
        LockRows.ensure(locks, NAME, clock.instant());
        Instant giveUp = clock.instant().plus(LEASE).plus(LEASE);
        boolean waited = false;
        while (!locks.tryAcquire(NAME, holder, clock.instant(), clock.instant().plus(LEASE))) {
            if (clock.instant().isAfter(giveUp)) {
                throw new IllegalStateException("Start-up step '" + step + "' waited " + LEASE.plus(LEASE)
                        + " for another node's start-up work; the lease row '" + NAME + "' in cluster_lock is stuck");
            }
            if (!waited) {
                LOG.info(() -> "Start-up step '" + step + "' waits for another node's start-up work");
                waited = true;
            }
            sleep();
        }
        try {
            work.run();
        } finally {
            locks.release(NAME, holder);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the start-up lease", e);
        }
    }
}
