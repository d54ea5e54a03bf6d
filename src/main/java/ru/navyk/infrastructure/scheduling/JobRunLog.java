package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import ru.navyk.domain.operations.JobRunRepository;
import ru.navyk.domain.operations.ScheduledJobRun;

/** Writes the run records, each in a transaction of its own, so a failing job still leaves its record. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobRunLog {

    @Inject
    private JobRunRepository runs;

    public long started(String job, String node, Instant at) {
        ScheduledJobRun run = new ScheduledJobRun(job, node, at);
        runs.add(run);
        return run.getId();
    }

    public void finished(long runId, ScheduledJobRun.Outcome outcome, String detail, Instant at) {
        runs.find(runId).ifPresent(run -> run.finish(outcome, detail, at));
    }
}
