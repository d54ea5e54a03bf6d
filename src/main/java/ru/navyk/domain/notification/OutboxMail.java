package ru.navyk.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;

/**
 * An e-mail waiting to be sent, written in the same transaction as the change it reports. The sender retries failed
 * messages a few times and then gives up, keeping the last error for the administrator.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Attempts after which a message is left unsent. */
    public static final int MAX_ATTEMPTS = 5;
    public static final int SUBJECT = 300;
    public static final int BODY = 4000;
    public static final int ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = SUBJECT)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY)
    private String body;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR)
    private String lastError;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = Notification.cut(subject, SUBJECT);
        this.body = Notification.cut(body, BODY);
        this.createdAt = createdAt;
    }

    public void sent(Instant at) {
        sentAt = at;
        attempts++;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown error" : Notification.cut(error, ERROR);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
