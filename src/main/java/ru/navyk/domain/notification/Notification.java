package ru.navyk.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/** A message in a person's inbox; the only change it knows is being read. */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int LINK_LENGTH = 500;
    public static final int SUBJECT = Lengths.TITLE;
    public static final int BODY = Lengths.NOTE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private Person recipient;

    @Column(name = "subject", nullable = false, length = Lengths.TITLE)
    private String subject;

    @Column(name = "body", length = Lengths.NOTE)
    private String body;

    /** A path inside the portal ({@code /probation/assessment.xhtml?person=42}), never an outside address. */
    @Column(name = "link", length = LINK_LENGTH)
    private String link;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(Person recipient, String subject, String body, String link, Instant createdAt) {
        if (link != null && !link.startsWith("/")) {
            throw new IllegalArgumentException("a notification links inside the portal only: " + link);
        }
        this.recipient = recipient;
        this.subject = cut(subject, SUBJECT);
        this.body = body == null ? null : cut(body, BODY);
        this.link = link;
        this.createdAt = createdAt;
    }

    /** The text, or its first {@code length - 1} characters and an ellipsis when it is longer. */
    static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Person getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
