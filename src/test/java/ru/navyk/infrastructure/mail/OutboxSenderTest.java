package ru.navyk.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.navyk.domain.notification.Notification;
import ru.navyk.domain.notification.NotificationRepository;
import ru.navyk.domain.notification.OutboxMail;

/** The outbox sender against a real SMTP server (GreenMail) in the test JVM, through Jakarta Mail. */
class OutboxSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Instant NOW = Instant.parse("2026-06-01T07:00:00Z");

    @Test
    void pendingMailIsSentInUtf8AndMarkedSent() throws Exception {
        InMemoryOutbox outbox = new InMemoryOutbox();
        OutboxMail mail = new OutboxMail("k.agent@demo.navyk.ru", "Новые изменения: Изменение тарифов",
                "Статья «Изменение тарифов» изменена.", NOW);
        outbox.mail.add(mail);

        int sent = sender(outbox, settings(SMTP.getSmtp().getPort())).sendPending();

        assertEquals(1, sent);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Новые изменения: Изменение тарифов", received[0].getSubject());
        assertEquals("Статья «Изменение тарифов» изменена.", received[0].getContent().toString().strip());
        assertEquals("navyk@demo.navyk.ru", received[0].getFrom()[0].toString());
        assertEquals(NOW, mail.getSentAt());
        assertEquals(0, sender(outbox, settings(SMTP.getSmtp().getPort())).sendPending(), "sent mail is not resent");
    }

    @Test
    void anUnreachableServerCountsTheAttemptAndKeepsTheMessage() throws Exception {
        InMemoryOutbox outbox = new InMemoryOutbox();
        OutboxMail mail = new OutboxMail("k.agent@demo.navyk.ru", "Тема", "Текст", NOW);
        outbox.mail.add(mail);

        int sent = sender(outbox, settings(1)).sendPending();

        assertEquals(0, sent);
        assertNull(mail.getSentAt());
        assertEquals(1, mail.getAttempts());
        assertNotNull(mail.getLastError());
    }

    @Test
    void withoutAHostEmailIsOff() throws Exception {
        InMemoryOutbox outbox = new InMemoryOutbox();
        outbox.mail.add(new OutboxMail("a@b.ru", "Тема", "Текст", NOW));
        MailSettings off = settings(25);
        off.host = Optional.empty();

        assertEquals(0, sender(outbox, off).sendPending());
        assertEquals(0, outbox.mail.get(0).getAttempts());
    }

    private static MailSettings settings(int port) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("127.0.0.1");
        settings.port = port;
        settings.from = "navyk@demo.navyk.ru";
        settings.username = Optional.empty();
        settings.password = Optional.empty();
        settings.startTls = false;
        return settings;
    }

    private static OutboxSender sender(NotificationRepository outbox, MailSettings settings) throws Exception {
        OutboxSender sender = new OutboxSender();
        set(sender, "notifications", outbox);
        set(sender, "settings", settings);
        set(sender, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        return sender;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static final class InMemoryOutbox implements NotificationRepository {

        final List<OutboxMail> mail = new ArrayList<>();

        @Override
        public void add(Notification notification) {
        }

        @Override
        public void add(OutboxMail message) {
            mail.add(message);
        }

        @Override
        public void addAll(List<Notification> notifications) {
        }

        @Override
        public void addAllMail(List<OutboxMail> messages) {
            mail.addAll(messages);
        }

        @Override
        public List<Notification> inbox(long personId, int max) {
            return List.of();
        }

        @Override
        public long countUnread(long personId) {
            return 0;
        }

        @Override
        public Optional<Notification> find(long id) {
            return Optional.empty();
        }

        @Override
        public List<OutboxMail> pendingMail(int max) {
            return mail.stream().filter(m -> m.getSentAt() == null && m.getAttempts() < OutboxMail.MAX_ATTEMPTS)
                    .toList();
        }

        @Override
        public Optional<OutboxMail> findMail(long id) {
            return Optional.empty();
        }
    }
}
