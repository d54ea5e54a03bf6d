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

/** A message in a person's inbox in the portal, with an optional link (a path inside the portal). */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int SUBJECT = 300;
    public static final int BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "subject", nullable = false, length = SUBJECT)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY)
    private String body;

    @Column(name = "link", length = 500)
    private String link;

    @Convert(converter = InstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long personId, String subject, String body, String link, Instant createdAt) {
        this.personId = personId;
        this.subject = cut(subject, SUBJECT);
        this.body = cut(body, BODY);
        this.link = link;
        this.createdAt = createdAt;
    }

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

    public long getPersonId() {
        return personId;
    }

    public Instant getCreatedAt() {
        return createdAt;
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

    public Instant getReadAt() {
        return readAt;
    }
}
