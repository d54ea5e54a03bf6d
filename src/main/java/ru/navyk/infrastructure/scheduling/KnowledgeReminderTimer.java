package ru.navyk.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.application.knowledge.KnowledgeReminders;

/** Sends due acknowledgement reminders every hour (the service records what it sent, so nothing goes twice). */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class KnowledgeReminderTimer {

    private static final Logger LOG = Logger.getLogger(KnowledgeReminderTimer.class.getName());

    @Inject
    private KnowledgeReminders reminders;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void sendDueReminders() {
        try {
            reminders.sendDueReminders();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Acknowledgement reminders failed; the next run sends what is still due", e);
        }
    }
}
