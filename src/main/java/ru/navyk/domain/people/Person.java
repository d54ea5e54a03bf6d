package ru.navyk.domain.people;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.profile.JobProfile;

/**
 * An employee of the contact centre. The position history is what the qualification rules read time-in-position
 * from, so positions are never edited away: a new position closes the current one on the day before it starts.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @Column(name = "personnel_number", length = Lengths.PERSONNEL_NUMBER, unique = true)
    private String personnelNumber;

    @Column(name = "last_name", nullable = false, length = Lengths.NAME)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = Lengths.NAME)
    private String firstName;

    @Column(name = "middle_name", length = Lengths.NAME)
    private String middleName;

    @Column(name = "email", nullable = false, length = Lengths.EMAIL, unique = true)
    private String email;

    @Column(name = "phone", length = Lengths.PHONE)
    private String phone;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", length = 30)
    private EducationLevel education;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("startedOn")
    private List<PositionAssignment> positions = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("startedOn")
    private List<TeamMembership> memberships = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("completedOn")
    private List<TrainingRecord> trainings = new ArrayList<>();

    protected Person() {
    }

    public Person(String lastName, String firstName, String middleName, String email, LocalDate hireDate) {
        rename(lastName, firstName, middleName);
        changeEmail(email);
        this.hireDate = hireDate;
    }

    public void rename(String lastName, String firstName, String middleName) {
        this.lastName = lastName.strip();
        this.firstName = firstName.strip();
        this.middleName = middleName == null || middleName.isBlank() ? null : middleName.strip();
    }

    /** E-mails are compared case-insensitively, so they are stored lower-cased. */
    public void changeEmail(String email) {
        this.email = normalizeEmail(email);
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void describe(String personnelNumber, String phone, LocalDate hireDate, EducationLevel education) {
        this.personnelNumber = personnelNumber == null || personnelNumber.isBlank() ? null : personnelNumber.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.hireDate = hireDate;
        this.education = education;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /**
     * Starts a new position on {@code from}; the current one, if any, ends on the day before. A position may not start
     * before the current one did, so history stays ordered.
     */
    public PositionAssignment assignPosition(String title, Integer qualificationLevel, LocalDate from) {
        return assignPosition(title, qualificationLevel, from, null);
    }

    /** As {@link #assignPosition(String, Integer, LocalDate)}, in a position described by a job profile. */
    public PositionAssignment assignPosition(String title, Integer qualificationLevel, LocalDate from,
                                             JobProfile jobProfile) {
        Optional<PositionAssignment> current = currentPosition();
        if (current.isPresent()) {
            if (!from.isAfter(current.get().getStartedOn())) {
                throw new IllegalArgumentException("a new position must start after " + current.get().getStartedOn());
            }
            current.get().endOn(from.minusDays(1));
        }
        PositionAssignment assignment = new PositionAssignment(this, title, qualificationLevel, from, jobProfile);
        positions.add(assignment);
        return assignment;
    }

    /**
     * Links the current position to the job profile that describes it (for positions recorded before the profile
     * existed, or imported by title); the position's dates and level stay as they are.
     */
    public void describeCurrentPositionBy(JobProfile jobProfile) {
        currentPosition().orElseThrow(() -> new IllegalStateException("no current position")).describeBy(jobProfile);
    }

    /** Moves the person to {@code team} from {@code from}; a person is in one team at a time. */
    public TeamMembership moveToTeam(Team team, LocalDate from) {
        Optional<TeamMembership> current = currentMembership();
        if (current.isPresent()) {
            if (current.get().getTeam().isSameAs(team)) {
                return current.get();
            }
            LocalDate end = from.isAfter(current.get().getStartedOn()) ? from.minusDays(1)
                    : current.get().getStartedOn();
            current.get().endOn(end);
        }
        TeamMembership membership = new TeamMembership(this, team, from);
        memberships.add(membership);
        return membership;
    }

    /** Ends the current team membership (on deactivation, for instance). */
    public void leaveTeam(LocalDate on) {
        currentMembership().ifPresent(m -> m.endOn(on.isBefore(m.getStartedOn()) ? m.getStartedOn() : on));
    }

    public TrainingRecord recordTraining(ru.navyk.domain.competency.TrainingKind kind, String title,
                                         LocalDate completedOn, Integer hours) {
        TrainingRecord record = new TrainingRecord(this, kind, title, completedOn, hours);
        trainings.add(record);
        return record;
    }

    public Optional<PositionAssignment> currentPosition() {
        return positions.stream().filter(PositionAssignment::isCurrent).reduce((a, b) -> b);
    }

    public Optional<TeamMembership> currentMembership() {
        return memberships.stream().filter(TeamMembership::isCurrent).reduce((a, b) -> b);
    }

    public Optional<Team> currentTeam() {
        return currentMembership().map(TeamMembership::getTeam);
    }

    /** «Иванова Мария Петровна». */
    public String getFullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getPersonnelNumber() {
        return personnelNumber;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public boolean isActive() {
        return active;
    }

    public List<PositionAssignment> getPositions() {
        return List.copyOf(positions);
    }

    public List<TeamMembership> getMemberships() {
        return List.copyOf(memberships);
    }

    public List<TrainingRecord> getTrainings() {
        return List.copyOf(trainings);
    }
}
