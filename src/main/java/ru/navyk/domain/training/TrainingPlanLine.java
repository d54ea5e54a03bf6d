package ru.navyk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Person;

/** One line of a team training plan: an item, the course or event for it, the people, the target date. */
@Entity
@Table(name = "training_plan_line")
public class TrainingPlanLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private TrainingPlan plan;

    @Column(name = "position", nullable = false)
    private int position;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private CompetencyItem item;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private TrainingEvent event;

    @Column(name = "target_on", nullable = false)
    private LocalDate targetOn;

    @ManyToMany
    @JoinTable(name = "training_plan_line_person", joinColumns = @JoinColumn(name = "line_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> people = new LinkedHashSet<>();

    protected TrainingPlanLine() {
    }

    TrainingPlanLine(TrainingPlan plan, int position, CompetencyItem item, Course course, TrainingEvent event,
                     Collection<Person> people, LocalDate targetOn) {
        this.plan = plan;
        this.position = position;
        this.item = item;
        this.course = course;
        this.event = event;
        this.people.addAll(people);
        this.targetOn = targetOn;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public CompetencyItem getItem() {
        return item;
    }

    public Course getCourse() {
        return course;
    }

    public TrainingEvent getEvent() {
        return event;
    }

    public LocalDate getTargetOn() {
        return targetOn;
    }

    public List<Person> getPeople() {
        return people.stream().sorted(Comparator.comparing(Person::getFullName)).toList();
    }
}
