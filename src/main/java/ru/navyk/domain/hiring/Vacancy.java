package ru.navyk.domain.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * An opening in a team for a position described by a job profile. The vacancy pins the published profile version it
 * was opened with, so every candidate of it is assessed against the same requirements, whatever HR publishes later.
 */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    public static final int MAX_OPENINGS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_version_id")
    private JobProfileVersion profileVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hiring_manager_id")
    private Person hiringManager;

    @Column(name = "openings", nullable = false)
    private int openings;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VacancyStatus status = VacancyStatus.OPEN;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "note", length = Lengths.NOTE)
    private String note;

    @Column(name = "created_by", nullable = false, length = Lengths.USERNAME)
    private String createdBy;

    protected Vacancy() {
    }

    /** Opens a vacancy; only a published profile version can be pinned (a draft may still change). */
    public Vacancy(JobProfileVersion profileVersion, Team team, int openings, Person hiringManager, String note,
                   LocalDate openedOn, String createdBy) {
        if (!profileVersion.isPublished()) {
            throw new RuleViolationException("profileVersionId", "rule.vacancy.profileNotPublished");
        }
        this.profileVersion = profileVersion;
        this.openedOn = Objects.requireNonNull(openedOn);
        this.createdBy = Objects.requireNonNull(createdBy);
        describe(team, openings, hiringManager, note);
    }

    /** Changes what may change while the vacancy runs; the pinned profile version never does. */
    public void describe(Team team, int openings, Person hiringManager, String note) {
        if (openings < 1 || openings > MAX_OPENINGS) {
            throw new RuleViolationException("openings", "rule.vacancy.openings", MAX_OPENINGS);
        }
        this.team = Objects.requireNonNull(team);
        this.openings = openings;
        this.hiringManager = hiringManager;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public void close(LocalDate on) {
        status = VacancyStatus.CLOSED;
        closedOn = on;
    }

    public void reopen() {
        status = VacancyStatus.OPEN;
        closedOn = null;
    }

    public boolean isOpen() {
        return status == VacancyStatus.OPEN;
    }

    /** «Оператор колл-центра — Группа 2 — входящая линия». */
    public String label() {
        return profileVersion.getTitle() + " — " + team.getName();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public JobProfileVersion getProfileVersion() {
        return profileVersion;
    }

    public Team getTeam() {
        return team;
    }

    public Person getHiringManager() {
        return hiringManager;
    }

    public int getOpenings() {
        return openings;
    }

    public VacancyStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
