package ru.navyk.domain.development;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * One goal of a development plan: a target proficiency on a competency item or on every item of a labor function,
 * or holding the level of a generalized function. Whether it is met is never stored: it is read from evidence (and,
 * for a level, from decisions) each time — see {@link GoalProgress}.
 */
@Entity
@Table(name = "development_goal")
public class DevelopmentGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private DevelopmentPlan plan;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private GoalKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private CompetencyItem item;

    /** The item's code, the labor function's code or the generalized function's code, by kind. */
    @Column(name = "target_code", nullable = false, length = 30)
    private String targetCode;

    @Column(name = "target_proficiency")
    private Integer targetProficiency;

    /** What the goal is about, as the standard words it on the day the goal was set. */
    @Column(name = "title", nullable = false, length = Lengths.NOTE)
    private String title;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<DevelopmentActivity> activities = new ArrayList<>();

    protected DevelopmentGoal() {
    }

    DevelopmentGoal(DevelopmentPlan plan, int position, GoalKind kind, CompetencyItem item, String targetCode,
                    Proficiency target, String title, LocalDate dueOn) {
        this.plan = plan;
        this.position = position;
        this.kind = Objects.requireNonNull(kind);
        if (kind == GoalKind.ITEM && item == null) {
            throw new RuleViolationException("item", "rule.required");
        }
        if (kind != GoalKind.LEVEL && target == null) {
            throw new RuleViolationException("targetProficiency", "rule.required");
        }
        this.item = item;
        this.targetCode = Objects.requireNonNull(targetCode);
        this.targetProficiency = kind == GoalKind.LEVEL || target == null ? null : target.points();
        String text = title == null ? targetCode : title.strip();
        this.title = text.length() > Lengths.NOTE ? text.substring(0, Lengths.NOTE) : text;
        this.dueOn = dueOn;
    }

    public DevelopmentActivity addActivity(ActivityKind kind, String title, String reference, LocalDate dueOn) {
        DevelopmentActivity activity = new DevelopmentActivity(this, kind, title, reference, dueOn);
        activities.add(activity);
        return activity;
    }

    void removeActivity(DevelopmentActivity activity) {
        activities.remove(activity);
    }

    public Long getId() {
        return id;
    }

    public DevelopmentPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public GoalKind getKind() {
        return kind;
    }

    public CompetencyItem getItem() {
        return item;
    }

    public String getTargetCode() {
        return targetCode;
    }

    /** The target proficiency; {@code null} for a level goal. */
    public Proficiency getTargetProficiency() {
        return targetProficiency == null ? null : Proficiency.of(targetProficiency);
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public List<DevelopmentActivity> getActivities() {
        return List.copyOf(activities);
    }
}
