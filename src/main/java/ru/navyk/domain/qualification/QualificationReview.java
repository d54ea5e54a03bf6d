package ru.navyk.domain.qualification;

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
import java.time.LocalDate;
import java.util.Objects;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A manager's qualification review of one person: started as a draft, then saved once, as a whole — the ratings it
 * confirms or changes become evidence ({@code MANAGER_REVIEW}, source id = this review) and its level decisions
 * become {@link LevelDecision}s ({@code QUALIFICATION_REVIEW}, source id = this review), all in one transaction.
 * A saved review never changes.
 */
@Entity
@Table(name = "qualification_review")
public class QualificationReview {

    public enum Status {
        DRAFT,
        SAVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    private Person reviewer;

    @Column(name = "reviewer_name", nullable = false, length = Lengths.TITLE)
    private String reviewerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Convert(converter = InstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "ratings_count", nullable = false)
    private int ratingsCount;

    @Column(name = "decisions_count", nullable = false)
    private int decisionsCount;

    @Column(name = "note", length = Lengths.NOTE)
    private String note;

    protected QualificationReview() {
    }

    public QualificationReview(Person person, Person reviewer, String reviewerName, Instant startedAt) {
        this.person = Objects.requireNonNull(person);
        this.reviewer = reviewer;
        this.reviewerName = Objects.requireNonNull(reviewerName);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    /** Marks the review saved with what it recorded; a saved review cannot be saved again. */
    public void save(LocalDate on, int ratings, int decisions, String reviewNote, Instant at) {
        if (status == Status.SAVED) {
            throw new RuleViolationException(null, "rule.review.saved");
        }
        if (ratings == 0 && decisions == 0) {
            throw new RuleViolationException(null, "rule.review.empty");
        }
        if (reviewNote != null && reviewNote.strip().length() > Lengths.NOTE) {
            throw new RuleViolationException("note", "rule.tooLong", Lengths.NOTE);
        }
        this.status = Status.SAVED;
        this.reviewedOn = on;
        this.ratingsCount = ratings;
        this.decisionsCount = decisions;
        this.note = reviewNote == null || reviewNote.isBlank() ? null : reviewNote.strip();
        this.savedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public Person getReviewer() {
        return reviewer;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public int getRatingsCount() {
        return ratingsCount;
    }

    public int getDecisionsCount() {
        return decisionsCount;
    }

    public String getNote() {
        return note;
    }
}
