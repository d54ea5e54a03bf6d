package ru.navyk.domain.onboarding;

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
import java.util.List;
import java.util.Objects;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * One checklist line of a plan. It is ticked once, by someone in its responsible role (the service checks who), and
 * remembers who ticked it and when; it is <b>overdue</b> on a day after its due date while not done.
 */
@Entity
@Table(name = "adaptation_plan_step")
public class PlanStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private AdaptationPlan plan;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = StepDefinition.TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private StepKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible", nullable = false, length = 20)
    private ResponsibleRole responsible;

    @Column(name = "item_codes", length = 2000)
    private String itemCodes;

    @Column(name = "content_link", length = StepDefinition.LINK_LENGTH)
    private String contentLink;

    @Convert(converter = InstantConverter.class)
    @Column(name = "done_at")
    private Instant doneAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "done_by_id")
    private Person doneBy;

    @Column(name = "done_by_name", length = 200)
    private String doneByName;

    protected PlanStep() {
    }

    PlanStep(AdaptationPlan plan, int position, StepDefinition definition, LocalDate start) {
        this.plan = plan;
        this.position = position;
        this.title = definition.title();
        this.kind = definition.kind();
        this.dueOn = start.plusDays(definition.dueDay());
        this.responsible = definition.responsible();
        this.itemCodes = StepDefinition.joinCodes(definition.itemCodes());
        this.contentLink = definition.contentLink();
    }

    /** Marks the step done; a step is ticked only once. */
    public void markDone(Person by, String byName, Instant at) {
        if (isDone()) {
            throw new RuleViolationException(null, "rule.onboarding.alreadyDone");
        }
        this.doneBy = by;
        this.doneByName = Objects.requireNonNull(byName);
        this.doneAt = Objects.requireNonNull(at);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Not done and its due date lies before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return !isDone() && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AdaptationPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public StepKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ResponsibleRole getResponsible() {
        return responsible;
    }

    public List<String> getItemCodes() {
        return StepDefinition.splitCodes(itemCodes);
    }

    public String getContentLink() {
        return contentLink;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Person getDoneBy() {
        return doneBy;
    }

    public String getDoneByName() {
        return doneByName;
    }
}
