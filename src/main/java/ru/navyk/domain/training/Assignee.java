package ru.navyk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.navyk.domain.people.Person;

/** One person of an assignment, and the day they completed the course (their passed attempt), once they have. */
@Entity
@Table(name = "training_assignee")
public class Assignee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private TrainingAssignment assignment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The same column as {@link #person}, read-only: for a query's join to name without joining the person table
     * (see {@code ScopeCondition}). */
    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "attempt_id")
    private Long attemptId;

    protected Assignee() {
    }

    Assignee(TrainingAssignment assignment, Person person) {
        this.assignment = assignment;
        this.person = person;
    }

    /** Notes the passed attempt that completes the assignment; an earlier completion stays. */
    public void complete(LocalDate on, long passedAttemptId) {
        if (completedOn == null) {
            completedOn = on;
            attemptId = passedAttemptId;
        }
    }

    public Long getId() {
        return id;
    }

    public TrainingAssignment getAssignment() {
        return assignment;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Long getAttemptId() {
        return attemptId;
    }
}
