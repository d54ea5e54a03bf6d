package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import ru.navyk.application.probation.ProbationReminders;

/**
 * Hourly, once per cluster: the reminders to supervisors and mentors before the end of a probation. A missed run
 * changes nothing, because the next one sends whatever is due and not yet sent ({@link ProbationReminders} is
 * idempotent, backed by a unique key).
 */
@ApplicationScoped
public class ProbationReminderJob implements ScheduledJob {

    @Inject
    private ProbationReminders reminders;

    @Override
    public String name() {
        return "probation-reminders";
    }

    @Override
    public Duration defaultInterval() {
        return Duration.ofHours(1);
    }

    @Override
    public String run() {
        return "probation reminders sent: " + reminders.sendDue().size();
    }
}
