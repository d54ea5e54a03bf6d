package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.people.Role;
import ru.navyk.infrastructure.mail.OutboxSender;
import ru.navyk.infrastructure.scheduling.JobRunner;
import ru.navyk.infrastructure.scheduling.MailOutboxJob;

/**
 * The administrator's handle on the e-mail outbox: send what is pending now (after fixing the mail server's settings,
 * or to check them) instead of waiting for the job that sends it every minute. It takes the job's lease, so it never
 * sends a message at the same moment as the job on any node of a cluster (which could send it twice).
 */
@ApplicationScoped
public class MailOutboxService {

    @Inject
    private OutboxSender sender;

    @Inject
    private JobRunner jobs;

    @Inject
    private MailOutboxJob job;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    /** What one request did: how many messages went out, or that the job was sending at that moment. */
    public record SendResult(int sent, boolean busy) {
    }

    /** Sends one batch of pending mail (none while e-mail is off), unless the scheduled job is sending right now. */
    public SendResult sendNow() {
        access.requireAny(currentUser.viewer(), Role.ADMIN);
        return jobs.runNowExclusively(job, sender::sendPending).map(sent -> new SendResult(sent, false))
                .orElse(new SendResult(0, true));
    }
}
