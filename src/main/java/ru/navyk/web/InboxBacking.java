package ru.navyk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.notification.NotificationService;
import ru.navyk.application.notification.NotificationService.NotificationView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.shared.NotFoundException;

/** The notification inbox on the home page: the caller's own messages, unread first. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    @Inject
    private CurrentUser currentUser;

    private List<NotificationView> items;

    public List<NotificationView> getItems() {
        if (items == null) {
            items = currentUser.optionalViewer().isPresent() ? notifications.mine() : List.of();
        }
        return items;
    }

    public long getUnread() {
        return getItems().stream().filter(n -> !n.read()).count();
    }

    public void markRead(long id) {
        try {
            notifications.markRead(id);
        } catch (NotFoundException e) {
            // Already gone from this caller's inbox: nothing to mark.
        }
        items = null;
    }
}
