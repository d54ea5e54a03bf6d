package ru.navyk.domain.training;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A course given to people with a due date: to a job profile, a team, named people, or as a step of an adaptation
 * plan or an activity of a development plan. The people are resolved when it is made and kept one by one
 * ({@link Assignee}), so someone joining the team later is not silently added and the report stays what was assigned.
 */
@Entity
@Table(name = "training_assignment")
public class TrainingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 30)
    private AssignmentTarget targetKind;

    /** The team's or profile's name, or a short list of the people, as it read when assigned. */
    @Column(name = "target_label", nullable = false, length = Lengths.TITLE)
    private String targetLabel;

    /** The team, job profile, adaptation step or development activity id, where the target has one. */
    @Column(name = "target_ref")
    private Long targetRef;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "note", length = Lengths.NOTE)
    private String note;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = Lengths.USERNAME)
    private String createdBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "creator_person_id")
    private Person creator;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL)
    private List<Assignee> assignees = new ArrayList<>();

    protected TrainingAssignment() {
    }

    public TrainingAssignment(Course course, AssignmentTarget targetKind, String targetLabel, Long targetRef,
                              LocalDate dueOn, String note, String createdBy, Person creator, Instant createdAt,
                              Collection<Person> people) {
        if (people.isEmpty()) {
            throw new RuleViolationException("people", "rule.training.nobodyToAssign");
        }
        this.course = course;
        this.targetKind = targetKind;
        this.targetLabel = targetLabel.length() > Lengths.TITLE ? targetLabel.substring(0, Lengths.TITLE - 1) + "…"
                : targetLabel;
        this.targetRef = targetRef;
        this.dueOn = dueOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdBy = createdBy;
        this.creator = creator;
        this.createdAt = createdAt;
        people.forEach(person -> assignees.add(new Assignee(this, person)));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Course getCourse() {
        return course;
    }

    public AssignmentTarget getTargetKind() {
        return targetKind;
    }

    public String getTargetLabel() {
        return targetLabel;
    }

    public Long getTargetRef() {
        return targetRef;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Person getCreator() {
        return creator;
    }

    public List<Assignee> getAssignees() {
        return List.copyOf(assignees);
    }
}
