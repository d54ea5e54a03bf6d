package ru.navyk.infrastructure.scheduling;

import java.time.Instant;

/**
 * Named leases in the shared database ({@code cluster_lock}), the one thing every node of a cluster sees alike. Each
 * method is one atomic statement in a transaction of its own, committed before it returns, so the other nodes see
 * the outcome at once. A lease that its holder does not give up (the node died) expires at {@code until}.
 */
public interface ClusterLocks {

    /** Creates the lock's row unless it exists; {@code firstDue} is when a scheduled job is first due. */
    void ensureExists(String name, Instant firstDue);

    /** Takes the lease when nobody holds it (or the holder's lease ran out); {@code true} if this node has it now. */
    boolean tryAcquire(String name, String holder, Instant now, Instant until);

    /**
     * For a scheduled job: takes the lease only when the job is due ({@code next_run_at <= now}) and nobody runs it,
     * moving {@code next_run_at} to {@code nextDue} in the same statement. Of all nodes that ask in the same period,
     * exactly one gets {@code true}.
     */
    boolean claimDueRun(String name, String holder, Instant now, Instant until, Instant nextDue);

    /** Gives the lease up, if this holder still has it. */
    void release(String name, String holder);
}
