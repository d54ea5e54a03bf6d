package ru.navyk.domain.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;

/** The proficiency a profile version requires on one competency item of its labor functions. */
@Entity
@Table(name = "job_profile_requirement")
public class ProfileRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_version_id")
    private JobProfileVersion profileVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private CompetencyItem item;

    @Column(name = "required_proficiency", nullable = false)
    private int requiredProficiency;

    protected ProfileRequirement() {
    }

    ProfileRequirement(JobProfileVersion profileVersion, CompetencyItem item, Proficiency required) {
        this.profileVersion = profileVersion;
        this.item = item;
        this.requiredProficiency = required.points();
    }

    void require(Proficiency required) {
        this.requiredProficiency = required.points();
    }

    public Long getId() {
        return id;
    }

    public JobProfileVersion getProfileVersion() {
        return profileVersion;
    }

    public CompetencyItem getItem() {
        return item;
    }

    public Proficiency getRequired() {
        return Proficiency.of(requiredProficiency);
    }
}
