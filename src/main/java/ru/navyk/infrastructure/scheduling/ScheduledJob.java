package ru.navyk.infrastructure.scheduling;

import java.time.Duration;

/**
 * Work that runs periodically, once per cluster however many nodes run Navyk (reminders, the mail outbox, retention
 * clean-ups). Implement it as an {@code @ApplicationScoped} bean and {@link JobScheduler} finds it; nothing else to
 * register. {@link #run} gets its own transaction(s) from the implementation (e.g. {@code @Transactional}).
 */
public interface ScheduledJob {

    /** Stable name: the key of its lease row and of its configuration ({@code navyk.jobs.<name>.interval}). */
    String name();

    /** How often the job runs unless {@code navyk.jobs.<name>.interval} (ISO-8601, e.g. PT1H) says otherwise. */
    Duration defaultInterval();

    /**
     * The longest one run may take: another node takes over a lease that is older, because its holder must have
     * died. Runs of the same job never overlap while it is held.
     */
    default Duration maxDuration() {
        return Duration.ofMinutes(10);
    }

    /** Does the work; answers a short summary for the run record and the log ("deleted 3 rows"). */
    String run();
}
