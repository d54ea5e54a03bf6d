package ru.navyk.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.infrastructure.mail.OutboxSender;

/** Sends the e-mail outbox every minute (nothing when e-mail is off). */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class MailOutboxTimer {

    private static final Logger LOG = Logger.getLogger(MailOutboxTimer.class.getName());

    @Inject
    private OutboxSender sender;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void sendOutbox() {
        try {
            sender.sendPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the mail outbox failed; the next run tries again", e);
        }
    }
}
