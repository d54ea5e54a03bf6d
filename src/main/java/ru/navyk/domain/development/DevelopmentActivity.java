package ru.navyk.domain.development;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.util.Objects;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * One thing to do towards a goal: a training, mentoring sessions, knowledge-base articles to read, practice on the
 * job, a course; with an optional link or reference (an article's or course's id, a URL) and a due day.
 */
@Entity
@Table(name = "development_activity")
public class DevelopmentActivity {

    public static final int REFERENCE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private DevelopmentGoal goal;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ActivityKind kind;

    @Column(name = "title", nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(name = "reference_text", length = REFERENCE_LENGTH)
    private String reference;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActivityStatus status = ActivityStatus.PLANNED;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected DevelopmentActivity() {
    }

    DevelopmentActivity(DevelopmentGoal goal, ActivityKind kind, String title, String reference, LocalDate dueOn) {
        this.goal = goal;
        this.kind = Objects.requireNonNull(kind);
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("activityTitle", "rule.required");
        }
        if (title.strip().length() > Lengths.TITLE) {
            throw new RuleViolationException("activityTitle", "rule.tooLong", Lengths.TITLE);
        }
        if (reference != null && reference.strip().length() > REFERENCE_LENGTH) {
            throw new RuleViolationException("activityReference", "rule.tooLong", REFERENCE_LENGTH);
        }
        this.title = title.strip();
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.dueOn = dueOn;
    }

    void mark(ActivityStatus status, LocalDate on) {
        this.status = Objects.requireNonNull(status);
        this.doneOn = status == ActivityStatus.DONE ? on : null;
    }

    public Long getId() {
        return id;
    }

    public DevelopmentGoal getGoal() {
        return goal;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
