package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import ru.navyk.application.training.AssignmentService;

/**
 * Hourly, once per cluster: reminders of course assignments that are due soon or overdue. The service writes each
 * reminder once (a unique key per assignee and kind), so a run after a restart sends nothing twice.
 */
@ApplicationScoped
public class TrainingReminderJob implements ScheduledJob {

    @Inject
    private AssignmentService assignments;

    @Override
    public String name() {
        return "training-reminders";
    }

    @Override
    public Duration defaultInterval() {
        return Duration.ofHours(1);
    }

    @Override
    public String run() {
        return "course reminders written: " + assignments.sendDueReminders();
    }
}
