package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import ru.navyk.domain.notification.Notification;
import ru.navyk.domain.notification.NotificationRepository;
import ru.navyk.domain.people.Person;

/** Delivers into the recipient's in-portal inbox (the home page lists it). */
@ApplicationScoped
public class InboxNotifier implements Notifier {

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Person recipient, String subject, String body, String link) {
        notifications.add(new Notification(recipient, subject, body, link, clock.instant()));
    }
}
