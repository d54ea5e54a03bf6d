package ru.navyk.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;

/**
 * The proof that a person read a revision: who, when, which revision, and — where the revision had a quiz — how many
 * attempts it took and the passing score. At most one per obligation (a unique key in the database).
 */
@Entity
@Table(name = "kb_acknowledgement")
public class Acknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id", unique = true)
    private Obligation obligation;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    private ArticleRevision revision;

    @Convert(converter = InstantConverter.class)
    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    @Column(name = "quiz_attempts", nullable = false)
    private int quizAttempts;

    @Column(name = "quiz_score")
    private Integer quizScore;

    @Column(name = "quiz_total")
    private Integer quizTotal;

    protected Acknowledgement() {
    }

    public Acknowledgement(Obligation obligation, Instant acknowledgedAt, int quizAttempts, Integer quizScore,
                           Integer quizTotal) {
        this.obligation = obligation;
        this.personId = obligation.getPersonId();
        this.revision = obligation.getRevision();
        this.acknowledgedAt = acknowledgedAt;
        this.quizAttempts = quizAttempts;
        this.quizScore = quizScore;
        this.quizTotal = quizTotal;
    }

    public Long getId() {
        return id;
    }

    public Obligation getObligation() {
        return obligation;
    }

    public long getPersonId() {
        return personId;
    }

    public ArticleRevision getRevision() {
        return revision;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public int getQuizAttempts() {
        return quizAttempts;
    }

    public Integer getQuizScore() {
        return quizScore;
    }

    public Integer getQuizTotal() {
        return quizTotal;
    }
}
