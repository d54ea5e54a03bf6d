package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.notification.Notification;
import ru.navyk.domain.notification.NotificationRepository;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.shared.NotFoundException;

/**
 * Sending a message by bundle keys in the recipient's language, and the caller's own inbox: nobody reads or marks
 * anybody else's notifications.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    static final String ENTITY = "Notification";
    private static final int MAX = 50;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private PersonRepository people;

    @Inject
    private NotificationTexts texts;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Notifier notifier;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** A notification as the inbox shows it. */
    public record NotificationView(long id, String subject, String body, String link, Instant createdAt,
                                   boolean read) implements Serializable {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt(),
                    n.getReadAt() != null);
        }
    }

    /**
     * Notifies one person inside the caller's transaction; {@code subjectKey} and {@code bodyKey} are bundle keys
     * formatted with {@code arguments} in the language of the person's account. {@code link} is a path inside the
     * portal ({@code /kb/read.xhtml?id=5}) or null. Nobody is notified for an unknown person id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(long personId, String subjectKey, String bodyKey, String link, Object... arguments) {
        people.find(personId).ifPresent(person -> notifier.notify(person,
                texts.text(person, subjectKey, arguments), texts.text(person, bodyKey, arguments), link));
    }

    /**
     * {@link #notify} for many people at once, inside the caller's transaction: the people and their languages are
     * read in a few queries instead of several per person (publishing to a whole centre notifies thousands).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyAll(Collection<Long> personIds, String subjectKey, String bodyKey, String link,
                          Object... arguments) {
        Map<Long, String> languages = accounts.languagesOf(personIds);
        List<Notifier.Message> messages = new ArrayList<>();
        for (Person person : people.findAll(personIds)) {
            String language = languages.get(person.getId());
            messages.add(new Notifier.Message(person, language, texts.text(language, subjectKey, arguments),
                    texts.text(language, bodyKey, arguments), link));
        }
        notifier.notifyAll(messages);
    }

    /** The caller's newest notifications, unread first; none for an account without a person. */
    public List<NotificationView> mine() {
        Viewer viewer = currentUser.viewer();
        if (viewer.personId() == null) {
            return List.of();
        }
        return notifications.inbox(viewer.personId(), MAX).stream().map(NotificationView::of).toList();
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
