package ru.navyk.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A mentor assigned to a trainee for a period (D/03.5: «организация процесса наставничества»). While it runs, the
 * mentor may see the trainee's records.
 */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mentor_id")
    private Person mentor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trainee_id")
    private Person trainee;

    /** The same column as {@link #trainee}, read-only: for a query's join to name without joining the person table
     * (see {@code ScopeCondition}). */
    @Column(name = "trainee_id", insertable = false, updatable = false)
    private Long traineeId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Mentorship() {
    }

    public Mentorship(Person mentor, Person trainee, LocalDate startedOn, LocalDate endedOn) {
        if (mentor == trainee) {
            throw new IllegalArgumentException("a person cannot mentor themselves");
        }
        this.mentor = mentor;
        this.trainee = trainee;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    /** Running on {@code day}: started and not yet ended. */
    public boolean isRunningOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }

    public void endOn(LocalDate day) {
        this.endedOn = day;
    }

    public Long getId() {
        return id;
    }

    public Person getMentor() {
        return mentor;
    }

    public Person getTrainee() {
        return trainee;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
