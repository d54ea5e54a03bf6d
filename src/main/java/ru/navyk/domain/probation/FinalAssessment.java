package ru.navyk.domain.probation;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * The supervisor's final assessment of a trainee (итоговая оценка стажера): a rating of every labor function of the
 * probation's job profile version, a decision and its reason, signed by the supervisor (name and moment). Signed at
 * creation and never changed afterwards.
 *
 * <p>Each labor function's rating stands for every required item of that function: the service records it as evidence
 * (source {@code PROBATION_ASSESSMENT}) on each of them, so progress and the competency history read it like any
 * other rating.
 */
@Entity
@Table(name = "final_assessment")
public class FinalAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "probation_id")
    private Probation probation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_version_id")
    private JobProfileVersion profileVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 20)
    private Decision decision;

    @Column(name = "function_code", length = 5)
    private String functionCode;

    @Column(name = "qualification_level")
    private Integer qualificationLevel;

    @Column(name = "new_end")
    private LocalDate newEnd;

    @Column(name = "reason", nullable = false, length = Lengths.NOTE)
    private String reason;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_by_id")
    private Person signedBy;

    @Column(name = "signed_by_name", nullable = false, length = Lengths.TITLE)
    private String signedByName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    private List<FunctionRating> ratings = new ArrayList<>();

    protected FinalAssessment() {
    }

    /**
     * @param ratings a rating for every labor function of the profile version, and for nothing else
     * @param newEnd  the new end of the probation, for {@link Decision#EXTENDED} only
     */
    public FinalAssessment(Probation probation, JobProfileVersion profileVersion, Map<String, Proficiency> ratings,
                           Decision decision, LocalDate newEnd, String reason, LocalDate assessedOn,
                           Person signedBy, String signedByName, Instant signedAt) {
        Objects.requireNonNull(decision);
        if (!ratings.keySet().equals(profileVersion.laborFunctionCodes())) {
            throw new RuleViolationException("ratings", "rule.probation.rateEveryFunction");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "rule.required");
        }
        if (reason.strip().length() > Lengths.NOTE) {
            throw new RuleViolationException("reason", "rule.tooLong", Lengths.NOTE);
        }
        if (decision == Decision.EXTENDED && newEnd == null) {
            throw new RuleViolationException("newEnd", "rule.required");
        }
        this.probation = probation;
        this.person = probation.getPerson();
        this.profileVersion = profileVersion;
        this.decision = decision;
        this.newEnd = decision == Decision.EXTENDED ? newEnd : null;
        this.reason = reason.strip();
        this.assessedOn = assessedOn;
        this.signedBy = signedBy;
        this.signedByName = Objects.requireNonNull(signedByName);
        this.signedAt = Objects.requireNonNull(signedAt);
        ratings.forEach((code, proficiency) -> this.ratings.add(new FunctionRating(this, code, proficiency)));
    }

    /** Records the generalized function whose level a pass attains. */
    public void attain(String generalizedFunctionCode, int level) {
        this.functionCode = generalizedFunctionCode;
        this.qualificationLevel = level;
    }

    public Long getId() {
        return id;
    }

    public Probation getProbation() {
        return probation;
    }

    public Person getPerson() {
        return person;
    }

    public JobProfileVersion getProfileVersion() {
        return profileVersion;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getFunctionCode() {
        return functionCode;
    }

    public Integer getQualificationLevel() {
        return qualificationLevel;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Person getSignedBy() {
        return signedBy;
    }

    public String getSignedByName() {
        return signedByName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    /** Ratings in labor-function code order. */
    public List<FunctionRating> getRatings() {
        return ratings.stream().sorted(Comparator.comparing(FunctionRating::getLaborFunctionCode)).toList();
    }
}
