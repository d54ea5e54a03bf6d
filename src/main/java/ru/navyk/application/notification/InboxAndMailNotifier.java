package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
        if (isMailEnabled() && recipient.getEmail() != null && !recipient.getEmail().isBlank()) {
            String text = body == null ? subject : body;
            notifications.add(new OutboxMail(recipient.getEmail(), subject, link == null ? text
                    : text + "\n\n" + texts.text(recipient, "notification.mail.link") + " " + link, clock.instant()));
        }
    }

    public boolean isMailEnabled() {
        return mailHost.filter(h -> !h.isBlank()).isPresent();
    }
}
