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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import ru.navyk.domain.shared.InstantConverter;

/**
 * One try at a revision's quiz, kept as part of the acknowledgement's proof (the answers given, the score, pass or
 * fail). Quiz results are not ratings of a competency here; linking them to evidence is a separate step.
 */
@Entity
@Table(name = "kb_quiz_attempt")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id")
    private Obligation obligation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    private ArticleRevision revision;

    @Convert(converter = InstantConverter.class)
    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "answers", nullable = false, length = 200)
    private String answers;

    @Column(name = "correct", nullable = false)
    private int correct;

    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    protected QuizAttempt() {
    }

    public QuizAttempt(Obligation obligation, List<Integer> answers, QuizGrade grade, Instant attemptedAt) {
        this.obligation = obligation;
        this.revision = obligation.getRevision();
        this.answers = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.correct = grade.correct();
        this.total = grade.total();
        this.passed = grade.passed();
        this.attemptedAt = attemptedAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getAnswers() {
        return answers;
    }

    public int getCorrect() {
        return correct;
    }

    public int getTotal() {
        return total;
    }

    public boolean isPassed() {
        return passed;
    }
}
