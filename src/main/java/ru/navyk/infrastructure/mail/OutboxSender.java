package ru.navyk.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import ru.navyk.domain.notification.NotificationRepository;
import ru.navyk.domain.notification.OutboxMail;

/**
 * Empties the e-mail outbox: each pending message is sent and marked sent, or its failure counted (after
 * {@link OutboxMail#MAX_ATTEMPTS} it is left with its last error). A message is marked in the same transaction that
 * read it, so a crash between sending and marking can at worst send it once more, never lose it.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 100;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    /** Sends up to one batch of pending mail; answers how many were sent. Does nothing when e-mail is off. */
    @Transactional
    public int sendPending() {
        if (!settings.isEnabled()) {
            return 0;
        }
        List<OutboxMail> pending = notifications.pendingMail(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        SmtpMailer mailer = new SmtpMailer(settings.sessionProperties(), settings.from(),
                settings.username().orElse(null), settings.password().orElse(null));
        int sent = 0;
        for (OutboxMail mail : pending) {
            try {
                mailer.send(mail.getRecipient(), mail.getSubject(), mail.getBody());
                mail.sent(clock.instant());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                mail.failed(e.getMessage());
                LOG.warning(() -> "Could not send mail " + mail.getId() + " to " + mail.getRecipient() + ": "
                        + e.getMessage());
            }
        }
        return sent;
    }
}
