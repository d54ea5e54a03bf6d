package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.people.Role;
import ru.navyk.infrastructure.mail.OutboxSender;

/**
 * The administrator's handle on the e-mail outbox: send what is pending now (after fixing the mail server's settings,
 * or to check them) instead of waiting for the job that sends it every minute.
 */
@ApplicationScoped
public class MailOutboxService {

    @Inject
    private OutboxSender sender;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    /** Sends one batch of pending mail; answers how many messages went out (none while e-mail is off). */
    public int sendNow() {
        access.requireAny(currentUser.viewer(), Role.ADMIN);
        return sender.sendPending();
    }
}
