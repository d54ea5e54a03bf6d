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
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A trainee's rating of their mentor (1–5 and a comment) at the end of the internship, once per mentorship. The
 * mentor never sees it one by one: only averaged over at least {@link MentorEffectiveness#MIN_FEEDBACK_FOR_MENTOR}
 * trainees, so no single answer can be traced back.
 */
@Entity
@Table(name = "trainee_feedback")
public class TraineeFeedback {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mentorship_id")
    private Mentorship mentorship;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trainee_id")
    private Person trainee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    private Person mentor;

    @Column(name = "rating", nullable = false)
    private int rating;

    @Column(name = "comment", length = Lengths.NOTE)
    private String comment;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TraineeFeedback() {
    }

    public TraineeFeedback(Mentorship mentorship, int rating, String comment, LocalDate givenOn, Instant recordedAt) {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new RuleViolationException("rating", "rule.feedback.rating");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > Lengths.NOTE) {
            throw new RuleViolationException("comment", "rule.tooLong", Lengths.NOTE);
        }
        this.mentorship = mentorship;
        this.trainee = mentorship.getTrainee();
        this.mentor = mentorship.getMentor();
        this.rating = rating;
        this.comment = text;
        this.givenOn = givenOn;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Mentorship getMentorship() {
        return mentorship;
    }

    public Person getTrainee() {
        return trainee;
    }

    public Person getMentor() {
        return mentor;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }
}
