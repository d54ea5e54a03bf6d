package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.notification.Notification;
import ru.navyk.domain.notification.NotificationRepository;
import ru.navyk.domain.shared.NotFoundException;

/** The caller's own inbox: nobody reads or marks anybody else's notifications. */
@ApplicationScoped
@Transactional
public class NotificationService {

    static final String ENTITY = "Notification";
    private static final int MAX = 50;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** A notification as the inbox shows it. */
    public record NotificationView(long id, String subject, String body, String link, Instant createdAt,
                                   boolean read) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt(),
                    n.getReadAt() != null);
        }
    }

    /** The caller's newest notifications, unread first; none for an account without a person. */
    public List<NotificationView> mine() {
        Viewer viewer = currentUser.viewer();
        if (viewer.personId() == null) {
            return List.of();
        }
        return notifications.findFor(viewer.personId(), MAX).stream().map(NotificationView::of).toList();
    }

    public long unreadCount() {
        Viewer viewer = currentUser.viewer();
        return viewer.personId() == null ? 0 : notifications.countUnread(viewer.personId());
    }

    public void markRead(long id) {
        Viewer viewer = currentUser.viewer();
        Notification notification = notifications.find(id)
                .filter(n -> viewer.isSelf(n.getRecipient().getId()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
        notification.markRead(clock.instant());
    }
}
