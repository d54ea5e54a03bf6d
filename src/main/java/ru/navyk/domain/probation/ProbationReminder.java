package ru.navyk.domain.probation;

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
import java.time.LocalDate;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * That the reminder "{@code daysBefore} days before the end on {@code plannedEnd}" went to a recipient. Kept so a
 * second run sends nothing twice (the table's unique key makes that hold across cluster nodes too); an extension
 * moves the end, so the reminders of the new end are new ones.
 */
@Entity
@Table(name = "probation_reminder")
public class ProbationReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "probation_id")
    private Probation probation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private Person recipient;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ProbationReminder() {
    }

    public ProbationReminder(Probation probation, Person recipient, int daysBefore, Instant sentAt) {
        this.probation = probation;
        this.recipient = recipient;
        this.daysBefore = daysBefore;
        this.plannedEnd = probation.getPlannedEnd();
        this.sentAt = sentAt;
    }

    public Probation getProbation() {
        return probation;
    }

    public Person getRecipient() {
        return recipient;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }
}
