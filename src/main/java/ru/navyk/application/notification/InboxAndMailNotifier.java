package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.domain.notification.Notification;
import ru.navyk.domain.notification.NotificationRepository;
import ru.navyk.domain.notification.OutboxMail;
import ru.navyk.domain.people.Person;

/**
 * Delivers into the recipient's in-portal inbox (the home page lists it) and, when a mail server is configured
 * ({@code navyk.mail.host}), also into the e-mail outbox that a scheduled job sends. Without a mail server e-mail is
 * off and the inbox is the only channel. A person who has left (inactive) is not notified.
 */
@ApplicationScoped
public class InboxAndMailNotifier implements Notifier {

    @Inject
    private NotificationRepository notifications;

    @Inject
    private NotificationTexts texts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "navyk.mail.host")
    private Optional<String> mailHost;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Person recipient, String subject, String body, String link) {
        if (!recipient.isActive()) {
            return;
        }
        notifications.add(new Notification(recipient, subject, body, link, clock.instant()));
        if (hasMail(recipient)) {
            notifications.add(mail(recipient, texts.text(recipient, "notification.mail.link"), subject, body, link));
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyAll(List<Message> messages) {
        Instant now = clock.instant();
        List<Notification> inbox = new ArrayList<>();
        List<OutboxMail> mails = new ArrayList<>();
        for (Message message : messages) {
            Person recipient = message.recipient();
            if (!recipient.isActive()) {
                continue;
            }
            inbox.add(new Notification(recipient, message.subject(), message.body(), message.link(), now));
            if (hasMail(recipient)) {
                mails.add(mail(recipient, texts.text(message.language(), "notification.mail.link"),
                        message.subject(), message.body(), message.link()));
            }
        }
        notifications.addAll(inbox);
        notifications.addAllMail(mails);
    }

    private boolean hasMail(Person recipient) {
        return isMailEnabled() && recipient.getEmail() != null && !recipient.getEmail().isBlank();
    }

    private OutboxMail mail(Person recipient, String linkLabel, String subject, String body, String link) {
        String text = body == null ? subject : body;
        return new OutboxMail(recipient.getEmail(), subject, link == null ? text : text + "\n\n" + linkLabel + " "
                + link, clock.instant());
    }

    public boolean isMailEnabled() {
        return mailHost.filter(h -> !h.isBlank()).isPresent();
    }
}
