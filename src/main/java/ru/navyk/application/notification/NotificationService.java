package ru.navyk.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.notification.Notification;
import ru.navyk.domain.notification.NotificationRepository;
import ru.navyk.domain.notification.OutboxMail;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.shared.NotFoundException;

/**
 * Sends a person a message: always into their inbox in the portal, and also into the e-mail outbox when a mail
 * server is configured ({@code navyk.mail.host}) — without one, e-mail is off and the inbox is the only channel. Both
 * rows join the caller's transaction, so a message exists exactly when the change it reports does; the outbox is sent
 * later by a scheduled job. Texts come from the message bundle in the language of the person's account.
 */
@ApplicationScoped
public class NotificationService {

    static final String BUNDLE = "ru.navyk.i18n.messages";
    private static final int INBOX_SIZE = 20;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private PersonRepository people;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "navyk.mail.host")
    private Optional<String> mailHost;

    /**
     * Notifies one person; {@code subjectKey} and {@code bodyKey} are bundle keys formatted with {@code arguments}.
     * {@code link} is a path inside the portal ({@code /kb/read.xhtml?id=5}) or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(long personId, String subjectKey, String bodyKey, String link, Object... arguments) {
        Person person = people.find(personId).orElse(null);
        if (person == null || !person.isActive()) {
            return;
        }
        Locale locale = accounts.findByPerson(personId).map(Account::getLanguage).map(Locale::forLanguageTag)
                .orElse(Locale.forLanguageTag("ru"));
        String subject = text(locale, subjectKey, arguments);
        String body = text(locale, bodyKey, arguments);
        notifications.add(new Notification(personId, subject, body, link, clock.instant()));
        if (isMailEnabled()) {
            notifications.add(new OutboxMail(person.getEmail(), subject, link == null ? body
                    : body + "\n\n" + text(locale, "notification.mail.link") + " " + link, clock.instant()));
        }
    }

    public boolean isMailEnabled() {
        return mailHost.filter(h -> !h.isBlank()).isPresent();
    }

    /** The caller's newest messages. */
    @Transactional
    public List<Notification> myInbox() {
        Viewer viewer = currentUser.viewer();
        return viewer.personId() == null ? List.of() : notifications.inbox(viewer.personId(), INBOX_SIZE);
    }

    /** The caller's newest messages, or none for a visitor who is not signed in. */
    @Transactional
    public List<Notification> myInboxIfSignedIn() {
        return currentUser.optionalViewer().filter(v -> v.personId() != null)
                .map(v -> notifications.inbox(v.personId(), INBOX_SIZE)).orElse(List.of());
    }

    @Transactional
    public long myUnreadCount() {
        return currentUser.optionalViewer().map(Viewer::personId).map(notifications::countUnread).orElse(0L);
    }

    /** Marks one of the caller's own messages read; anyone else's is "not found". */
    @Transactional
    public void markRead(long notificationId) {
        Viewer viewer = currentUser.viewer();
        Notification notification = notifications.find(notificationId)
                .filter(n -> viewer.isSelf(n.getPersonId()))
                .orElseThrow(() -> new NotFoundException("Notification"));
        notification.markRead(clock.instant());
    }

    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
