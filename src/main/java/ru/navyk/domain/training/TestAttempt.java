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
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * One attempt of one person at the test of one course version (pinned: a later version of the course never changes
 * what this attempt was scored against). The question order is fixed at the start; the time limit is enforced here,
 * on the server, with a short grace for the network; a submitted attempt never changes again.
 */
@Entity
@Table(name = "test_attempt")
public class TestAttempt {

    /** Time allowed past the limit for the answer to travel from the browser. */
    public static final Duration GRACE = Duration.ofSeconds(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AttemptStatus status = AttemptStatus.IN_PROGRESS;

    @Convert(converter = InstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "score")
    private Integer score;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "question_order", nullable = false, length = 4000)
    private String questionOrder;

    @Column(name = "answers", length = 4000)
    private String answers;

    protected TestAttempt() {
    }

    public TestAttempt(Person person, CourseVersion courseVersion, int number, QuestionOrder order, Instant now) {
        this.person = person;
        this.courseVersion = courseVersion;
        this.number = number;
        this.questionOrder = order.encode();
        this.startedAt = now;
        Integer limit = courseVersion.getSettings().timeLimitMinutes();
        this.deadlineAt = limit == null ? null : now.plus(Duration.ofMinutes(limit));
    }

    /** Whether the time is up (past the deadline and the grace) for an attempt still in progress. */
    public boolean isOverdue(Instant now) {
        return status == AttemptStatus.IN_PROGRESS && deadlineAt != null && now.isAfter(deadlineAt.plus(GRACE));
    }

    /** Closes an attempt whose time ran out: score 0, not passed. */
    public void expire(Instant now) {
        if (isOverdue(now)) {
            status = AttemptStatus.EXPIRED;
            submittedAt = deadlineAt;
            score = 0;
            passed = false;
        }
    }

    /**
     * Scores the answers and closes the attempt. Refused when it is already closed (a second submission from another
     * tab); a submission after the time limit closes it as expired instead.
     */
    public TestScoring.Result submit(Map<Long, Set<Long>> chosen, Instant now) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new RuleViolationException(null, "rule.training.attemptClosed");
        }
        if (isOverdue(now)) {
            expire(now);
            throw new RuleViolationException(null, "rule.training.timeUp");
        }
        List<Long> shown = order().questionIds();
        Map<Long, Set<Long>> kept = new LinkedHashMap<>();
        shown.forEach(question -> kept.put(question, new TreeSet<>(chosen.getOrDefault(question, Set.of()))));
        TestScoring.Result result = TestScoring.score(courseVersion.getQuestions(), kept,
                courseVersion.getSettings().passMark());
        this.answers = IdLists.encode(kept);
        this.score = result.score();
        this.passed = result.passed();
        this.status = AttemptStatus.SUBMITTED;
        this.submittedAt = now;
        return result;
    }

    /** The result of a submitted attempt, recomputed from the stored answers. */
    public TestScoring.Result result() {
        Map<Long, Set<Long>> stored = new LinkedHashMap<>();
        IdLists.decode(answers).forEach((question, options) -> stored.put(question, Set.copyOf(options)));
        return TestScoring.score(courseVersion.getQuestions(), stored, courseVersion.getSettings().passMark());
    }

    public QuestionOrder order() {
        return QuestionOrder.decode(questionOrder);
    }

    public boolean isClosed() {
        return status != AttemptStatus.IN_PROGRESS;
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

    public CourseVersion getCourseVersion() {
        return courseVersion;
    }

    public int getNumber() {
        return number;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Integer getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }
}
