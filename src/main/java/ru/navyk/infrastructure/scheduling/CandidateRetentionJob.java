package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import ru.navyk.application.hiring.AnonymisationService;

/**
 * Daily, once per cluster: anonymises the rejected and withdrawn candidates whose retention period
 * ({@code navyk.hiring.retentionDays}) has passed. A missed day is caught up by the next run, since
 * {@link AnonymisationService#anonymiseExpired()} picks up everything overdue and never anything twice.
 */
@ApplicationScoped
public class CandidateRetentionJob implements ScheduledJob {

    @Inject
    private AnonymisationService anonymisation;

    @Override
    public String name() {
        return "candidate-retention";
    }

    @Override
    public Duration defaultInterval() {
        return Duration.ofDays(1);
    }

    @Override
    public String run() {
        return "candidates anonymised after the retention period: " + anonymisation.anonymiseExpired();
    }
}
