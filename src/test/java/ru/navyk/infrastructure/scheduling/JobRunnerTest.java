package ru.navyk.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.operations.ScheduledJobRun;

/**
 * A scheduled job runs once per interval however many nodes offer it, never twice at once, and a node that died
 * holding the lease delays the job by at most its maximum duration.
 */
class JobRunnerTest {

    private static final Instant T0 = Instant.parse("2026-03-05T09:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(10);

    private final MovableClock clock = new MovableClock(T0);
    private final RowLocks locks = new RowLocks();
    private final List<String> runs = new ArrayList<>();

    @Test
    void ofTwoNodesTickingEveryMinuteOnlyOneRunsTheJobInEachInterval() {
        JobRunner a = runner("a");
        JobRunner b = runner("b");
        Job job = new Job(() -> runs.add("run"));
        a.register(job);
        b.register(job);

        for (int minute = 0; minute < 30; minute++) {
            a.runIfDue(job, INTERVAL);
            b.runIfDue(job, INTERVAL);
            clock.advance(Duration.ofMinutes(1));
        }

        assertEquals(3, runs.size(), "minutes 0, 10 and 20");
    }

    @Test
    void aRunThatIsStillGoingIsNotStartedAgainElsewhere() {
        JobRunner a = runner("a");
        JobRunner b = runner("b");
        Job[] slow = new Job[1];
        slow[0] = new Job(() -> {
            clock.advance(INTERVAL.plusMinutes(1));
            assertFalse(b.runIfDue(slow[0], INTERVAL), "due again, but still running on a");
            runs.add("run");
        });
        a.register(slow[0]);

        assertTrue(a.runIfDue(slow[0], INTERVAL));
        assertEquals(1, runs.size());
    }

    @Test
    void theLeaseOfANodeThatDiedExpiresAfterTheJobsMaximumDuration() {
        JobRunner b = runner("b");
        Job job = new Job(() -> runs.add("run"));
        b.register(job);
        Instant now = clock.instant();
        // node a claimed the job and died without releasing it
        assertTrue(locks.claimDueRun(job.name(), "a", now, now.plus(job.maxDuration()), now.plus(INTERVAL)));

        clock.advance(INTERVAL);
        assertFalse(b.runIfDue(job, INTERVAL), "a's lease still runs");
        clock.advance(job.maxDuration());
        assertTrue(b.runIfDue(job, INTERVAL));
        assertEquals(List.of("run"), runs);
    }

    @Test
    void anAdministratorsRunNowIsRefusedWhileAScheduledRunHoldsTheLease() {
        JobRunner a = runner("a");
        JobRunner b = runner("b");
        List<Optional<String>> manual = new ArrayList<>();
        Job sameLease = new Job(() -> { }); // every test job is named "test-job", so it has the same lease
        Job job = new Job(() -> {
            manual.add(b.runNowExclusively(sameLease, () -> "manual"));
            runs.add("scheduled");
        });
        a.register(job);

        assertTrue(a.runIfDue(job, INTERVAL));

        assertEquals(List.of(Optional.empty()), manual, "refused during the scheduled run on another node");
        assertEquals(Optional.of("manual"), b.runNowExclusively(job, () -> "manual"), "free again afterwards");
    }

    @Test
    void aScheduledRunWaitsForAnAdministratorsRunNow() {
        JobRunner a = runner("a");
        JobRunner b = runner("b");
        Job job = new Job(() -> runs.add("scheduled"));
        a.register(job);

        Optional<Boolean> ranMeanwhile = b.runNowExclusively(job, () -> a.runIfDue(job, INTERVAL));

        assertEquals(Optional.of(false), ranMeanwhile, "the due run is not started while the manual one runs");
        assertTrue(a.runIfDue(job, INTERVAL), "and runs once the lease is released");
        assertEquals(List.of("scheduled"), runs);
    }

    @Test
    void aFailingRunIsRecordedAndTheLeaseReleased() {
        JobRunner a = runner("a");
        Job failing = new Job(() -> {
            throw new IllegalStateException("SMTP server down");
        });
        a.register(failing);
        RecordingLog log = (RecordingLog) logOf(a);

        assertTrue(a.runIfDue(failing, INTERVAL));

        assertEquals(ScheduledJobRun.Outcome.FAILED, log.outcomes.get(0));
        assertEquals(null, locks.rows.get(failing.name()).holder);
    }

    private final Map<JobRunner, JobRunLog> logs = new HashMap<>();

    private JobRunner runner(String node) {
        RecordingLog log = new RecordingLog();
        NodeIdentity identity = new NodeIdentity() {
            @Override
            public synchronized String id() {
                return node;
            }
        };
        JobRunner runner = new JobRunner(locks, log, identity, clock);
        logs.put(runner, log);
        return runner;
    }

    private JobRunLog logOf(JobRunner runner) {
        return logs.get(runner);
    }

    /** The lease semantics of JpaClusterLocks' SQL, in memory. */
    private static final class RowLocks implements ClusterLocks {

        private static final class Row {
            String holder;
            Instant lockedUntil;
            Instant nextRunAt;
        }

        private final Map<String, Row> rows = new HashMap<>();

        @Override
        public void ensureExists(String name, Instant firstDue) {
            rows.computeIfAbsent(name, n -> {
                Row row = new Row();
                row.nextRunAt = firstDue;
                return row;
            });
        }

        @Override
        public boolean tryAcquire(String name, String holder, Instant now, Instant until) {
            Row row = rows.get(name);
            if (row.lockedUntil != null && !row.lockedUntil.isBefore(now)) {
                return false;
            }
            row.holder = holder;
            row.lockedUntil = until;
            return true;
        }

        @Override
        public boolean claimDueRun(String name, String holder, Instant now, Instant until, Instant nextDue) {
            Row row = rows.get(name);
            if (row.lockedUntil != null && !row.lockedUntil.isBefore(now)
                    || row.nextRunAt != null && row.nextRunAt.isAfter(now)) {
                return false;
            }
            row.holder = holder;
            row.lockedUntil = until;
            row.nextRunAt = nextDue;
            return true;
        }

        @Override
        public void release(String name, String holder) {
            Row row = rows.get(name);
            if (holder.equals(row.holder)) {
                row.holder = null;
                row.lockedUntil = null;
            }
        }
    }

    private static final class RecordingLog extends JobRunLog {
        private final List<ScheduledJobRun.Outcome> outcomes = new ArrayList<>();

        @Override
        public long started(String job, String node, Instant at) {
            return outcomes.size();
        }

        @Override
        public void finished(long runId, ScheduledJobRun.Outcome outcome, String detail, Instant at) {
            outcomes.add(outcome);
        }
    }

    private record Job(Runnable work, Duration maxDuration) implements ScheduledJob {

        Job(Runnable work) {
            this(work, Duration.ofMinutes(30));
        }

        @Override
        public String name() {
            return "test-job";
        }

        @Override
        public Duration defaultInterval() {
            return INTERVAL;
        }

        @Override
        public String run() {
            work.run();
            return "done";
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
