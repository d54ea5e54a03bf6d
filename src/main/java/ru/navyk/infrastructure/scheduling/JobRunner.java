package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.domain.operations.ScheduledJobRun;

/**
 * Runs a scheduled job when it is due, on whichever node claims it first. Every node asks for every job at each
 * tick; the claim ({@link ClusterLocks#claimDueRun}) moves the job's next due time one interval ahead in the same
 * atomic UPDATE, so the other nodes asking in the same period find it not due. A run holds the job's lease until it
 * ends, so runs never overlap; a node that dies mid-run leaves a lease that expires after the job's
 * {@link ScheduledJob#maxDuration()}, and the job runs again at its next period.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    private ClusterLocks locks;
    private JobRunLog log;
    private NodeIdentity node;
    private Clock clock;

    protected JobRunner() {
    }

    /**
     * Leases and due times are compared across nodes, so they follow the system clock, never the test-only adjustable
     * clock the jobs themselves read (moving that one for a test must not push a job's next run into the future).
     */
    @Inject
    public JobRunner(ClusterLocks locks, JobRunLog log, NodeIdentity node) {
        this(locks, log, node, Clock.systemUTC());
    }

    JobRunner(ClusterLocks locks, JobRunLog log, NodeIdentity node, Clock clock) {
        this.locks = locks;
        this.log = log;
        this.node = node;
        this.clock = clock;
    }

    /** Makes sure the job has its lease row; a new job is due at once. */
    public void register(ScheduledJob job) {
        LockRows.ensure(locks, job.name(), clock.instant());
    }

    /**
     * Does {@code work} now, outside the job's schedule but under the job's lease (an administrator's "send now"), so
     * that it never overlaps a run of the job on any node; empty when a run holds the lease at this moment.
     */
    public <T> Optional<T> runNowExclusively(ScheduledJob job, Supplier<T> work) {
        String holder = node.id();
        Instant now = clock.instant();
        if (!locks.tryAcquire(job.name(), holder, now, now.plus(job.maxDuration()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            locks.release(job.name(), holder);
        }
    }

    /** Runs {@code job} if it is due and no other node runs it; {@code true} if this node ran it. */
    public boolean runIfDue(ScheduledJob job, Duration interval) {
        String holder = node.id();
        Instant now = clock.instant();
        if (!locks.claimDueRun(job.name(), holder, now, now.plus(job.maxDuration()), now.plus(interval))) {
            return false;
        }
        long runId = log.started(job.name(), holder, now);
        try {
            String summary = job.run();
            log.finished(runId, ScheduledJobRun.Outcome.SUCCEEDED, summary, clock.instant());
            LOG.info(() -> "Scheduled job '" + job.name() + "' ran on node " + holder + ": " + summary);
        } catch (RuntimeException e) {
            log.finished(runId, ScheduledJobRun.Outcome.FAILED, String.valueOf(e), clock.instant());
            LOG.log(Level.SEVERE, "Scheduled job '" + job.name() + "' failed on node " + holder, e);
        } finally {
            locks.release(job.name(), holder);
        }
        return true;
    }
}
