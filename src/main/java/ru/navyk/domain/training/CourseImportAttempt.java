package ru.navyk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;

/** The record of one import of the course files, kept whatever its outcome, for administrators to see. */
@Entity
@Table(name = "course_import_attempt")
public class CourseImportAttempt {

    /** How an import ended. */
    public enum Outcome {
        /** Every course equals its stored version: nothing was written. */
        UNCHANGED,
        /** New courses or new versions were written. */
        IMPORTED,
        /** A file was invalid or unreadable: nothing was written. */
        FAILED
    }

    public static final int MESSAGE_LENGTH = 30000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = InstantConverter.class)
    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    @Column(name = "summary", length = 1000)
    private String summary;

    @Column(name = "message", length = MESSAGE_LENGTH)
    private String message;

    protected CourseImportAttempt() {
    }

    public CourseImportAttempt(Instant attemptedAt, Outcome outcome, String source, String summary, String message) {
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.source = source;
        this.summary = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
        this.message = message == null || message.length() <= MESSAGE_LENGTH ? message
                : message.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getSource() {
        return source;
    }

    public String getSummary() {
        return summary;
    }

    public String getMessage() {
        return message;
    }
}
