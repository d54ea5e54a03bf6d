package ru.navyk.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.application.probation.ProbationReminders;

/**
 * Sends the due probation reminders every hour. Not persistent: a missed run changes nothing, because the next one
 * sends whatever is due and not yet sent ({@link ProbationReminders} is idempotent, and its unique key keeps two
 * nodes from sending the same reminder).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ProbationReminderTimer {

    private static final Logger LOG = Logger.getLogger(ProbationReminderTimer.class.getName());

    @Inject
    private ProbationReminders reminders;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void sendDueReminders() {
        try {
            int sent = reminders.sendDue().size();
            if (sent > 0) {
                LOG.info(() -> "Sent " + sent + " probation reminder(s)");
            }
        } catch (RuntimeException e) {
            // Another node may have sent the same reminder a moment earlier (unique key); the next run settles it.
            LOG.log(Level.WARNING, "Probation reminders failed this time; the next run retries", e);
        }
    }
}
