package ru.navyk.domain.mentoring;

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
import java.util.Objects;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * One session or observation in a mentor's log: when, how long, and a comment. The ratings of the items worked on are
 * {@link ru.navyk.domain.assessment.Evidence} with source {@code MENTOR_LOG} and this entry's id, so progress reads
 * them like every other rating. Entries are never changed; a correction is a new entry.
 */
@Entity
@Table(name = "mentor_log_entry")
public class MentorLogEntry {

    /** Longest session a log entry may record: a full working day. */
    public static final int MAX_MINUTES = 8 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mentorship_id")
    private Mentorship mentorship;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    private Person mentor;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trainee_id")
    private Person trainee;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "comment", length = Lengths.NOTE)
    private String comment;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = Lengths.USERNAME)
    private String recordedBy;

    protected MentorLogEntry() {
    }

    /** A session within the mentorship's period, not in the future, of 1 to {@value #MAX_MINUTES} minutes. */
    public MentorLogEntry(Mentorship mentorship, LocalDate heldOn, int durationMinutes, String comment,
                          LocalDate today, Instant recordedAt, String recordedBy) {
        Objects.requireNonNull(heldOn);
        if (heldOn.isAfter(today)) {
            throw new RuleViolationException("heldOn", "rule.mentoring.future");
        }
        if (!mentorship.isRunningOn(heldOn)) {
            throw new RuleViolationException("heldOn", "rule.mentoring.outsideMentorship");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_MINUTES) {
            throw new RuleViolationException("durationMinutes", "rule.mentoring.duration", MAX_MINUTES);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > Lengths.NOTE) {
            throw new RuleViolationException("comment", "rule.tooLong", Lengths.NOTE);
        }
        this.mentorship = mentorship;
        this.mentor = mentorship.getMentor();
        this.trainee = mentorship.getTrainee();
        this.heldOn = heldOn;
        this.durationMinutes = durationMinutes;
        this.comment = text;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Mentorship getMentorship() {
        return mentorship;
    }

    public Person getMentor() {
        return mentor;
    }

    public Person getTrainee() {
        return trainee;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
