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
import jakarta.persistence.Version;
import java.time.Instant;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/** A person's seat or waiting place at an event, their attendance, the trainer's rating and their feedback. */
@Entity
@Table(name = "event_registration")
public class EventRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private TrainingEvent event;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RegistrationStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = Lengths.USERNAME)
    private String registeredBy;

    @Column(name = "attended")
    private Boolean attended;

    @Column(name = "trainer_rating")
    private Integer trainerRating;

    @Column(name = "feedback_rating")
    private Integer feedbackRating;

    @Column(name = "feedback_comment", length = Lengths.NOTE)
    private String feedbackComment;

    protected EventRegistration() {
    }

    EventRegistration(TrainingEvent event, Person person, RegistrationStatus status, String registeredBy,
                      Instant registeredAt) {
        this.event = event;
        this.person = person;
        this.status = status;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    void reopen(RegistrationStatus newStatus, String by, Instant at) {
        this.status = newStatus;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    void cancel() {
        status = RegistrationStatus.CANCELLED;
    }

    void promote() {
        status = RegistrationStatus.REGISTERED;
    }

    void markAttendance(boolean present, Proficiency rating) {
        this.attended = present;
        this.trainerRating = present && rating != null ? rating.points() : null;
    }

    /** A participant who attended rates the event 1–5 and may comment; they may change it later. */
    public void giveFeedback(int rating, String comment) {
        if (!Boolean.TRUE.equals(attended)) {
            throw new RuleViolationException(null, "rule.training.feedbackNotAttended");
        }
        if (rating < 1 || rating > 5) {
            throw new RuleViolationException("feedbackRating", "rule.training.feedbackRating");
        }
        if (comment != null && comment.strip().length() > Lengths.NOTE) {
            throw new RuleViolationException("feedbackComment", "rule.training.tooLong", Lengths.NOTE);
        }
        this.feedbackRating = rating;
        this.feedbackComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public TrainingEvent getEvent() {
        return event;
    }

    public Person getPerson() {
        return person;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Boolean getAttended() {
        return attended;
    }

    public Proficiency getTrainerRating() {
        return trainerRating == null ? null : Proficiency.of(trainerRating);
    }

    public Integer getFeedbackRating() {
        return feedbackRating;
    }

    public String getFeedbackComment() {
        return feedbackComment;
    }
}
