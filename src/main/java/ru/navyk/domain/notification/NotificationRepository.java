package ru.navyk.domain.notification;

import java.util.List;
import java.util.Optional;

/** The inbox and the outbox. */
public interface NotificationRepository {

    void add(Notification notification);

    void add(OutboxMail mail);

    /** A person's newest notifications first. */
    List<Notification> inbox(long personId, int max);

    long countUnread(long personId);

    Optional<Notification> find(long id);

    /** Unsent messages with attempts left, oldest first. */
    List<OutboxMail> pendingMail(int max);

    Optional<OutboxMail> findMail(long id);
}
