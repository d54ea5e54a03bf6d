package ru.navyk.domain.notification;

import java.util.List;
import java.util.Optional;

public interface NotificationRepository {

    void add(Notification notification);

    Optional<Notification> find(long id);

    /** The person's newest {@code max} notifications, unread ones first. */
    List<Notification> findFor(long recipientId, int max);

    long countUnread(long recipientId);
}
