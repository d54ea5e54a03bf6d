package ru.navyk.domain.training;

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
import java.util.Collection;
import java.util.List;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * D/03.5/SK06 «формировать план обучения»: a team's training plan for a period, built from the team's training needs —
 * one line per competency item to develop, with the course or event that covers it, the people who need it and a
 * target date inside the period.
 */
@Entity
@Table(name = "training_plan")
public class TrainingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "title", nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = Lengths.USERNAME)
    private String createdBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("position ASC")
    private List<TrainingPlanLine> lines = new ArrayList<>();

    protected TrainingPlan() {
    }

    public TrainingPlan(Team team, String title, LocalDate periodFrom, LocalDate periodTo, String createdBy,
                        Instant createdAt) {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("title", "rule.required");
        }
        if (periodFrom == null || periodTo == null) {
            throw new RuleViolationException(periodFrom == null ? "periodFrom" : "periodTo", "rule.required");
        }
        if (periodTo.isBefore(periodFrom)) {
            throw new RuleViolationException("periodTo", "rule.training.periodOrder");
        }
        this.team = team;
        this.title = title.strip();
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Adds a line; its target date is kept inside the period. */
    public TrainingPlanLine addLine(CompetencyItem item, Course course, TrainingEvent event,
                                    Collection<Person> people, LocalDate targetOn) {
        LocalDate target = targetOn == null || targetOn.isAfter(periodTo) || targetOn.isBefore(periodFrom) ? periodTo
                : targetOn;
        TrainingPlanLine line = new TrainingPlanLine(this, lines.size() + 1, item, course, event, people, target);
        lines.add(line);
        return line;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Team getTeam() {
        return team;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<TrainingPlanLine> getLines() {
        return List.copyOf(lines);
    }
}
