package ru.navyk.domain.notification;

import java.util.List;
import java.util.Optional;

/** The inbox and the outbox. */
public interface NotificationRepository {

    void add(Notification notification);

    void add(OutboxMail mail);

    /** Inbox rows for many people at once; they are not managed entities afterwards (no ids). */
    void addAll(List<Notification> notifications);

    /** Outbox rows for many people at once; they are not managed entities afterwards (no ids). */
    void addAllMail(List<OutboxMail> mails);

    Optional<Notification> find(long id);

    /** The person's newest {@code max} notifications, unread ones first. */
    List<Notification> inbox(long recipientId, int max);

    long countUnread(long recipientId);

    /** Unsent messages with attempts left, oldest first. */
    List<OutboxMail> pendingMail(int max);

    Optional<OutboxMail> findMail(long id);
}
