package ru.navyk.application.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.operations.JobRunRepository;
import ru.navyk.infrastructure.scheduling.ScheduledJob;

/**
 * Daily retention clean-up. Every start of every node records an import attempt, almost always "unchanged", and every
 * job run leaves a record; both pile up without telling anyone anything after a while. Deleted after
 * {@code navyk.retention.period} (default 90 days): unchanged import attempts and job run records. Attempts that
 * imported a version or failed stay, as the history of the model.
 */
@ApplicationScoped
public class RetentionCleanup implements ScheduledJob {

    static final String NAME = "retention-cleanup";

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private JobRunRepository runs;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "navyk.retention.period", defaultValue = "P90D")
    private String period;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration defaultInterval() {
        return Duration.ofDays(1);
    }

    @Override
    @Transactional
    public String run() {
        Duration keep = Duration.parse(period);
        Instant cutoff = clock.instant().minus(keep);
        int attempts = models.deleteUnchangedAttemptsBefore(cutoff);
        int jobRuns = runs.deleteStartedBefore(cutoff);
        return "deleted " + attempts + " unchanged model import attempts and " + jobRuns
                + " job run records older than " + keep.toDays() + " days";
    }
}
