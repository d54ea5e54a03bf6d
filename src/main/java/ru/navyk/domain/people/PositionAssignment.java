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
import ru.navyk.domain.profile.JobProfile;

/**
 * A position a person held from {@code startedOn} to {@code endedOn} (both inclusive; open while {@code endedOn} is
 * null), at a qualification level where the position has one. The eligibility rules count months from these dates.
 */
@Entity
@Table(name = "position_assignment")
public class PositionAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "title", nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(name = "qualification_level")
    private Integer qualificationLevel;

    /** The job profile describing the position, when the centre has one for it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_profile_id")
    private JobProfile jobProfile;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected PositionAssignment() {
    }

    PositionAssignment(Person person, String title, Integer qualificationLevel, LocalDate startedOn,
                       JobProfile jobProfile) {
        this.jobProfile = jobProfile;
        this.person = person;
        this.title = title.strip();
        this.qualificationLevel = qualificationLevel;
        this.startedOn = startedOn;
    }

    void endOn(LocalDate day) {
        this.endedOn = day;
    }

    void describeBy(JobProfile profile) {
        this.jobProfile = profile;
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

    public String getTitle() {
        return title;
    }

    public Integer getQualificationLevel() {
        return qualificationLevel;
    }

    public JobProfile getJobProfile() {
        return jobProfile;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
