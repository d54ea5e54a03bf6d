package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import ru.navyk.application.knowledge.KnowledgeReminders;

/**
 * Hourly, once per cluster: the due and overdue acknowledgement reminders. The service records each reminder it
 * sends, so a run after a failure or a restart sends nothing twice.
 */
@ApplicationScoped
public class KnowledgeReminderJob implements ScheduledJob {

    @Inject
    private KnowledgeReminders reminders;

    @Override
    public String name() {
        return "knowledge-reminders";
    }

    @Override
    public Duration defaultInterval() {
        return Duration.ofHours(1);
    }

    @Override
    public String run() {
        return "acknowledgement reminders sent: " + reminders.sendDueReminders();
    }
}
