package ru.navyk.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;

/** That a scheduled reminder of one kind was sent for an obligation; unique per obligation and kind. */
@Entity
@Table(name = "kb_reminder")
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id")
    private Obligation obligation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ReminderKind kind;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() {
    }

    public Reminder(Obligation obligation, ReminderKind kind, Instant sentAt) {
        this.obligation = obligation;
        this.kind = kind;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
