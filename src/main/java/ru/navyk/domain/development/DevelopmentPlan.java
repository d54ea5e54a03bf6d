package ru.navyk.domain.development;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A person's individual development plan (ИПР, «составление индивидуальных планов развития», D/03.5): goals tied to
 * the competency model with activities and due days, moving draft → agreed → in progress → completed or cancelled,
 * each move recorded with who and when. A person has at most one active plan (draft, agreed or in progress); finished
 * plans stay as history. Every change of the plan or its parts touches the plan, so its version guards them all.
 */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "title", nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(name = "created_by_name", nullable = false, length = Lengths.TITLE)
    private String createdByName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<DevelopmentGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at ASC")
    private List<PlanTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("writtenAt ASC")
    private List<PlanComment> comments = new ArrayList<>();

    protected DevelopmentPlan() {
    }

    public DevelopmentPlan(Person person, String title, String createdByName, Instant at) {
        this.person = Objects.requireNonNull(person);
        retitle(title);
        this.createdByName = Objects.requireNonNull(createdByName);
        this.createdAt = at;
        this.updatedAt = at;
        transitions.add(new PlanTransition(this, null, PlanStatus.DRAFT, createdByName, at));
    }

    public void retitle(String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolationException("title", "rule.required");
        }
        if (newTitle.strip().length() > Lengths.TITLE) {
            throw new RuleViolationException("title", "rule.tooLong", Lengths.TITLE);
        }
        this.title = newTitle.strip();
    }

    /** Moves the plan to {@code next}, if its status allows that move. */
    public void moveTo(PlanStatus next, String actorName, Instant at) {
        if (!status.next().contains(next)) {
            throw new RuleViolationException("status", "rule.plan.transition", status.name(), next.name());
        }
        transitions.add(new PlanTransition(this, status, next, actorName, at));
        status = next;
        touch(at);
    }

    public DevelopmentGoal addGoal(GoalKind kind, CompetencyItem item, String targetCode, Proficiency target,
                                   String goalTitle, LocalDate dueOn, Instant at) {
        requireActive();
        boolean duplicate = goals.stream().anyMatch(g -> g.getKind() == kind && g.getTargetCode().equals(targetCode));
        if (duplicate) {
            throw new RuleViolationException("goal", "rule.plan.duplicateGoal", targetCode);
        }
        int position = goals.stream().mapToInt(DevelopmentGoal::getPosition).max().orElse(0) + 1;
        DevelopmentGoal goal = new DevelopmentGoal(this, position, kind, item, targetCode, target, goalTitle, dueOn);
        goals.add(goal);
        touch(at);
        return goal;
    }

    public void removeGoal(long goalId, Instant at) {
        requireActive();
        goals.remove(goal(goalId));
        touch(at);
    }

    public DevelopmentActivity addActivity(long goalId, ActivityKind kind, String activityTitle, String reference,
                                           LocalDate dueOn, Instant at) {
        requireActive();
        DevelopmentActivity activity = goal(goalId).addActivity(kind, activityTitle, reference, dueOn);
        touch(at);
        return activity;
    }

    public void markActivity(long activityId, ActivityStatus activityStatus, LocalDate on, Instant at) {
        requireActive();
        activity(activityId).mark(activityStatus, on);
        touch(at);
    }

    public void removeActivity(long activityId, Instant at) {
        requireActive();
        DevelopmentActivity activity = activity(activityId);
        activity.getGoal().removeActivity(activity);
        touch(at);
    }

    public PlanComment comment(String authorName, String text, Instant at) {
        PlanComment comment = new PlanComment(this, authorName, at, text);
        comments.add(comment);
        touch(at);
        return comment;
    }

    public DevelopmentGoal goal(long goalId) {
        return goals.stream().filter(g -> g.getId() != null && g.getId() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("DevelopmentGoal"));
    }

    private DevelopmentActivity activity(long activityId) {
        return goals.stream().flatMap(g -> g.getActivities().stream())
                .filter(a -> a.getId() != null && a.getId() == activityId).findFirst()
                .orElseThrow(() -> new NotFoundException("DevelopmentActivity"));
    }

    private void requireActive() {
        if (!status.isActive()) {
            throw new RuleViolationException(null, "rule.plan.finished");
        }
    }

    private void touch(Instant at) {
        this.updatedAt = at;
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

    public PlanStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<DevelopmentGoal> getGoals() {
        return List.copyOf(goals);
    }

    public List<PlanTransition> getTransitions() {
        return List.copyOf(transitions);
    }

    public List<PlanComment> getComments() {
        return List.copyOf(comments);
    }
}
