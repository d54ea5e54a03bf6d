package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import ru.navyk.infrastructure.mail.OutboxSender;

/**
 * Every minute, once per cluster: sends the e-mail outbox (nothing when e-mail is off). One node at a time, so two
 * nodes never pick the same pending message.
 */
@ApplicationScoped
public class MailOutboxJob implements ScheduledJob {

    @Inject
    private OutboxSender sender;

    @Override
    public String name() {
        return "mail-outbox";
    }

    @Override
    public Duration defaultInterval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public String run() {
        return "e-mails sent: " + sender.sendPending();
    }
}
