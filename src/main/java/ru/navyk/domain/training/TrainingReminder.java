package ru.navyk.domain.training;

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
import java.time.LocalDate;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * A reminder that an assigned course is due soon or overdue, written once per assignee and kind (a unique key makes
 * the reminder run idempotent). The learner sees it on «Мои курсы»; a notification inbox or e-mail outbox can read
 * the same rows.
 */
@Entity
@Table(name = "training_reminder")
public class TrainingReminder {

    /** How many days before the due date the "due soon" reminder goes out. */
    public static final int DUE_SOON_DAYS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Assignee assignee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ReminderKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingReminder() {
    }

    public TrainingReminder(Assignee assignee, ReminderKind kind, Instant createdAt) {
        this.assignee = assignee;
        this.person = assignee.getPerson();
        this.kind = kind;
        this.dueOn = assignee.getAssignment().getDueOn();
        this.createdAt = createdAt;
    }

    /** Which reminder, if any, is due today for an uncompleted assignee with this due date. */
    public static java.util.Optional<ReminderKind> dueFor(LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return java.util.Optional.empty();
        }
        if (today.isAfter(dueOn)) {
            return java.util.Optional.of(ReminderKind.OVERDUE);
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(dueOn) ? java.util.Optional.empty()
                : java.util.Optional.of(ReminderKind.DUE_SOON);
    }

    public Long getId() {
        return id;
    }

    public Assignee getAssignee() {
        return assignee;
    }

    public Person getPerson() {
        return person;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
