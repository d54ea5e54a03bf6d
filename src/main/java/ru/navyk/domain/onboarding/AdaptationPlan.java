package ru.navyk.domain.onboarding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * A new employee's adaptation plan (D/03.5): the steps of one template version, each with its due date counted from
 * the start (start + due day). Progress is the share of steps done; a step whose due date has passed and which is not
 * done is overdue.
 */
@Entity
@Table(name = "adaptation_plan")
public class AdaptationPlan {

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
    @JoinColumn(name = "template_id")
    private AdaptationTemplate template;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<PlanStep> steps = new ArrayList<>();

    protected AdaptationPlan() {
    }

    /** A plan following {@code template}, starting on {@code startedOn} (day 0). */
    public AdaptationPlan(Person person, AdaptationTemplate template, LocalDate startedOn, Instant createdAt,
                          String createdBy) {
        this.person = person;
        this.template = template;
        this.startedOn = startedOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        List<StepDefinition> definitions = template.definitions();
        for (int i = 0; i < definitions.size(); i++) {
            steps.add(new PlanStep(this, i + 1, definitions.get(i), startedOn));
        }
    }

    public int stepsDone() {
        return (int) steps.stream().filter(PlanStep::isDone).count();
    }

    public int stepsOverdue(LocalDate today) {
        return (int) steps.stream().filter(step -> step.isOverdueOn(today)).count();
    }

    /** Whole percent of steps done. */
    public int percentDone() {
        return steps.isEmpty() ? 0 : stepsDone() * 100 / steps.size();
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

    public AdaptationTemplate getTemplate() {
        return template;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<PlanStep> getSteps() {
        return List.copyOf(steps);
    }
}
