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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A new hire's probation: from the start to the planned end (by default three months, set per person), assessed
 * against the job profile version current when it started. While it runs it may be extended to a later end, with a
 * reason; each extension is kept. A final assessment that passes or fails it ends it for good.
 */
@Entity
@Table(name = "probation")
public class Probation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The same column as {@link #person}, read-only: for a query's join to name without joining the person table
     * (see {@code ScopeCondition}). */
    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_version_id")
    private JobProfileVersion profileVersion;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProbationStatus status = ProbationStatus.RUNNING;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "probation", cascade = CascadeType.ALL)
    @OrderBy("extendedAt ASC")
    private List<ProbationExtension> extensions = new ArrayList<>();

    protected Probation() {
    }

    public Probation(Person person, JobProfileVersion profileVersion, LocalDate startedOn, LocalDate plannedEnd,
                     Instant createdAt) {
        Objects.requireNonNull(startedOn);
        if (plannedEnd == null || !plannedEnd.isAfter(startedOn)) {
            throw new RuleViolationException("plannedEnd", "rule.probation.endAfterStart");
        }
        this.person = Objects.requireNonNull(person);
        this.profileVersion = profileVersion;
        this.startedOn = startedOn;
        this.plannedEnd = plannedEnd;
        this.createdAt = createdAt;
    }

    /** Moves the end to a later day, with a reason; only while running. */
    public ProbationExtension extend(LocalDate newEnd, String reason, String byName, Instant at) {
        requireRunning();
        if (newEnd == null || !newEnd.isAfter(plannedEnd)) {
            throw new RuleViolationException("newEnd", "rule.probation.extendLater");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "rule.required");
        }
        ProbationExtension extension = new ProbationExtension(this, plannedEnd, newEnd, reason.strip(), byName, at);
        extensions.add(extension);
        plannedEnd = newEnd;
        return extension;
    }

    /** Ends the probation with the final decision (passed or not passed). */
    public void conclude(boolean passed, LocalDate on) {
        requireRunning();
        status = passed ? ProbationStatus.PASSED : ProbationStatus.NOT_PASSED;
        decidedOn = on;
    }

    public boolean isRunning() {
        return status == ProbationStatus.RUNNING;
    }

    /** Days from {@code today} to the planned end (negative once it has passed). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, plannedEnd);
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new RuleViolationException(null, "rule.probation.decided");
        }
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

    public JobProfileVersion getProfileVersion() {
        return profileVersion;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public ProbationStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public List<ProbationExtension> getExtensions() {
        return List.copyOf(extensions);
    }
}
