package ru.navyk.domain.people;

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

/** A person's membership of a team from {@code startedOn} to {@code endedOn} (inclusive; open while null). */
@Entity
@Table(name = "team_membership")
public class TeamMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /**
     * The same column as {@link #person}, read-only and for queries only: a join {@code ON} this column stays on the
     * membership table, where {@code person.id} makes EclipseLink join the person table inside the {@code ON}.
     */
    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected TeamMembership() {
    }

    TeamMembership(Person person, Team team, LocalDate startedOn) {
        this.person = person;
        this.team = team;
        this.startedOn = startedOn;
    }

    void endOn(LocalDate day) {
        this.endedOn = day;
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Team getTeam() {
        return team;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
