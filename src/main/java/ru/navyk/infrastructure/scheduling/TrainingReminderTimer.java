package ru.navyk.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.application.training.AssignmentService;

/**
 * Writes due course reminders every hour. The service writes each reminder once (a unique key per assignee and
 * kind), so a run on every cluster node, or a run after a restart, sends nothing twice.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class TrainingReminderTimer {

    private static final Logger LOG = Logger.getLogger(TrainingReminderTimer.class.getName());

    @Inject
    private AssignmentService assignments;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void sendDueReminders() {
        try {
            int written = assignments.sendDueReminders();
            if (written > 0) {
                LOG.info(() -> "Course reminders written: " + written);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Course reminders failed; the next run writes what is still due", e);
        }
    }
}
