package ru.navyk.domain.operations;

import java.time.Instant;
import java.util.Optional;

/** The record of scheduled job runs. */
public interface JobRunRepository {

    /** Stores a new run and assigns its id. */
    void add(ScheduledJobRun run);

    Optional<ScheduledJobRun> find(long id);

    /** Deletes the records of runs started before {@code cutoff}; answers how many. */
    int deleteStartedBefore(Instant cutoff);
}
