package ru.navyk.application.notification;

import java.util.List;
import ru.navyk.domain.people.Person;

/**
 * Sends a message to a person. Called inside the caller's transaction, so a message exists exactly when the change
 * that caused it was saved; delivery beyond the portal (e-mail) must not fail the caller.
 */
public interface Notifier {

    /**
     * @param subject a line of text, already in the recipient's language
     * @param body    the message text (plain, never HTML), or {@code null}
     * @param link    a path inside the portal the message is about (e.g. {@code /probation/assessment.xhtml?person=4}),
     *                or {@code null}
     */
    void notify(Person recipient, String subject, String body, String link);

    /** One recipient's message, already in the language of {@code language} (a locale tag, or null for Russian). */
    record Message(Person recipient, String language, String subject, String body, String link) {
    }

    /**
     * {@link #notify} for each message, written at once in the caller's transaction (a publication to the whole
     * centre notifies thousands).
     */
    void notifyAll(List<Message> messages);
}
