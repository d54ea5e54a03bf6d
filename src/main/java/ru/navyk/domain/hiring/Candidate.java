package ru.navyk.domain.hiring;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.profile.ProfileRequirement;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Someone who applied to a vacancy. A candidate is not an employee: they become a {@link Person} only when hired.
 * Their personal data is kept only with their consent (152-ФЗ), and a candidate who was rejected or withdrew is
 * anonymised on request or after the retention period, keeping what statistics need (vacancy, source, stages and
 * dates, experience months, ratings) and nothing that identifies them.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    /** What replaces personal text on anonymisation. */
    public static final String PLACEHOLDER = "—";
    /** Months of a single prior job: fifty years is enough for anyone. */
    public static final int MAX_MONTHS = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "vacancy_id")
    private Vacancy vacancy;

    @Column(name = "last_name", nullable = false, length = Lengths.NAME)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = Lengths.NAME)
    private String firstName;

    @Column(name = "middle_name", length = Lengths.NAME)
    private String middleName;

    @Column(name = "email", length = Lengths.EMAIL)
    private String email;

    @Column(name = "phone", length = Lengths.PHONE)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", length = 30)
    private EducationLevel education;

    @Column(name = "education_text", length = Lengths.NOTE)
    private String educationText;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private CandidateSource source;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Column(name = "notes", length = Lengths.NOTE)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private CandidateStage stage = CandidateStage.NEW;

    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hired_person_id")
    private Person hiredPerson;

    @Convert(converter = ru.navyk.domain.shared.InstantConverter.class)
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Convert(converter = ru.navyk.domain.shared.InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = Lengths.USERNAME)
    private String createdBy;

    @OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<PriorExperience> experiences = new ArrayList<>();

    @OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL)
    @OrderBy("changedAt ASC")
    private List<StageTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL)
    private List<CandidateAssessment> assessments = new ArrayList<>();

    protected Candidate() {
    }

    /** Records a new candidate for an open vacancy; the pipeline starts at {@link CandidateStage#NEW} today. */
    public Candidate(Vacancy vacancy, CandidateDetails details, LocalDate today, Instant now, String actor) {
        if (!vacancy.isOpen()) {
            throw new RuleViolationException("vacancyId", "rule.vacancy.closed");
        }
        this.vacancy = vacancy;
        this.createdAt = now;
        this.createdBy = actor;
        this.stageSince = today;
        describe(details, today);
        transitions.add(new StageTransition(this, null, CandidateStage.NEW, today, now, actor, null));
    }

    /** Replaces the candidate's data; refused once anonymised, since nothing personal may come back. */
    public void describe(CandidateDetails details, LocalDate today) {
        requireNotAnonymised();
        check(details, today);
        this.lastName = details.lastName().strip();
        this.firstName = details.firstName().strip();
        this.middleName = blankToNull(details.middleName());
        this.email = details.email().strip().toLowerCase(Locale.ROOT);
        this.phone = blankToNull(details.phone());
        this.education = details.education();
        this.educationText = blankToNull(details.educationText());
        this.source = details.source();
        this.consentGiven = true;
        this.consentDate = details.consentDate();
        this.notes = blankToNull(details.notes());
        experiences.clear();
        int position = 0;
        for (CandidateDetails.Experience e : details.experiences()) {
            experiences.add(new PriorExperience(this, position++, e.role().strip(), blankToNull(e.employer()),
                    e.months(), e.customerContact()));
        }
    }

    private static void check(CandidateDetails details, LocalDate today) {
        if (!details.consentGiven()) {
            throw new RuleViolationException("consentGiven", "rule.candidate.consent");
        }
        if (details.consentDate() == null) {
            throw new RuleViolationException("consentDate", "rule.required");
        }
        if (details.consentDate().isAfter(today)) {
            throw new RuleViolationException("consentDate", "rule.date.future");
        }
        required("lastName", details.lastName(), Lengths.NAME);
        required("firstName", details.firstName(), Lengths.NAME);
        optional("middleName", details.middleName(), Lengths.NAME);
        required("email", details.email(), Lengths.EMAIL);
        optional("phone", details.phone(), Lengths.PHONE);
        optional("educationText", details.educationText(), Lengths.NOTE);
        optional("notes", details.notes(), Lengths.NOTE);
        if (details.source() == null) {
            throw new RuleViolationException("source", "rule.required");
        }
        for (CandidateDetails.Experience e : details.experiences()) {
            required("experienceRole", e.role(), Lengths.TITLE);
            optional("experienceEmployer", e.employer(), Lengths.TITLE);
            if (e.months() == null || e.months() < 0 || e.months() > MAX_MONTHS) {
                throw new RuleViolationException("experienceMonths", "rule.candidate.months", MAX_MONTHS);
            }
        }
    }

    /**
     * Moves the candidate on in the pipeline as {@link CandidateStage#allows} permits; a hire goes through
     * {@link #markHired} instead, which also names the new employee.
     */
    public StageTransition moveTo(CandidateStage target, LocalDate on, Instant at, String actor, String note) {
        if (target == CandidateStage.HIRED) {
            throw new RuleViolationException("stage", "rule.candidate.hireThroughHire");
        }
        return transition(target, on, at, actor, note);
    }

    /** Ends the pipeline with a hire; only an offered candidate can be hired. */
    public void markHired(Person person, LocalDate on, Instant at, String actor) {
        transition(CandidateStage.HIRED, on, at, actor, null);
        this.hiredPerson = Objects.requireNonNull(person);
    }

    private StageTransition transition(CandidateStage target, LocalDate on, Instant at, String actor, String note) {
        requireNotAnonymised();
        if (target == null) {
            throw new RuleViolationException("stage", "rule.required");
        }
        if (!stage.allows(target)) {
            throw new RuleViolationException("stage", stage.isFinal() ? "rule.candidate.final"
                    : target == CandidateStage.HIRED ? "rule.candidate.hireWithoutOffer" : "rule.candidate.transition",
                    stage.name(), target.name());
        }
        if (on == null) {
            throw new RuleViolationException("changedOn", "rule.required");
        }
        if (on.isBefore(stageSince)) {
            throw new RuleViolationException("changedOn", "rule.candidate.transitionBeforeStage");
        }
        optional("note", note, Lengths.NOTE);
        StageTransition transition = new StageTransition(this, stage, target, on, at, actor, note);
        transitions.add(transition);
        stage = target;
        stageSince = on;
        return transition;
    }

    /**
     * Records an interview or test: each rated item must be required by the vacancy's profile version, rated once;
     * refused once the pipeline has ended.
     */
    public CandidateAssessment assess(AssessmentKind kind, LocalDate heldOn, Person interviewer,
                                      String interviewerName, String notes, Map<CompetencyItem, Rated> ratings,
                                      LocalDate today, Instant at, String actor) {
        requireNotAnonymised();
        if (stage.isFinal()) {
            throw new RuleViolationException(null, "rule.candidate.final", stage.name(), stage.name());
        }
        if (kind == null) {
            throw new RuleViolationException("kind", "rule.required");
        }
        if (heldOn == null) {
            throw new RuleViolationException("heldOn", "rule.required");
        }
        if (heldOn.isAfter(today)) {
            throw new RuleViolationException("heldOn", "rule.date.future");
        }
        required("interviewerName", interviewerName, Lengths.TITLE);
        optional("notes", notes, Lengths.NOTE);
        if (ratings.isEmpty()) {
            throw new RuleViolationException("ratings", "rule.candidate.noRatings");
        }
        for (Map.Entry<CompetencyItem, Rated> rating : ratings.entrySet()) {
            boolean required = vacancy.getProfileVersion().getRequirements().stream()
                    .map(ProfileRequirement::getItem).anyMatch(i -> i.getId().equals(rating.getKey().getId()));
            if (!required) {
                throw new RuleViolationException("ratings", "rule.candidate.itemNotInProfile",
                        rating.getKey().getCode());
            }
            optional("ratingNote", rating.getValue().note(), Lengths.NOTE);
        }
        CandidateAssessment assessment = new CandidateAssessment(this, kind, heldOn, interviewer, interviewerName,
                notes, at, actor);
        ratings.forEach((item, rated) -> assessment.rate(item, rated.proficiency(), rated.note()));
        assessments.add(assessment);
        return assessment;
    }

    /** A rating as entered: the step on the scale and an optional note on what was observed. */
    public record Rated(Proficiency proficiency, String note) {
        public Rated {
            Objects.requireNonNull(proficiency);
        }
    }

    /**
     * The rating that counts for each checked item, keyed by item id: as in
     * {@link ru.navyk.domain.assessment.ProficiencyRule}, the most recent check wins (by the day it was held, then
     * the order it was recorded), so a second interview can correct the first.
     */
    public Map<Long, Proficiency> latestRatings() {
        Map<Long, Proficiency> latest = new LinkedHashMap<>();
        assessments.stream()
                .sorted(Comparator.comparing(CandidateAssessment::getHeldOn)
                        .thenComparing(CandidateAssessment::getRecordedAt)
                        .thenComparing(CandidateAssessment::getId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .reversed())
                .forEach(a -> a.getRatings().forEach(r -> latest.putIfAbsent(r.getItem().getId(),
                        r.getProficiency())));
        return latest;
    }

    /** Months of prior customer-contact work: what the standard's experience requirement is compared with. */
    public int relevantExperienceMonths() {
        return experiences.stream().filter(PriorExperience::isCustomerContact).mapToInt(PriorExperience::getMonths)
                .sum();
    }

    /**
     * Whether the retention period of a rejected or withdrawn candidate has passed: the pipeline ended more than
     * {@code retentionDays} days before {@code today}.
     */
    public boolean isRetentionOver(LocalDate today, int retentionDays) {
        return anonymisedAt == null && stage.isClosedWithoutHire()
                && stageSince.plusDays(retentionDays).isBefore(today);
    }

    /**
     * Removes everything that identifies the candidate: names, contacts, education text, notes, the jobs' names and
     * employers, interview notes (attachments are deleted by the caller). Only rejected or withdrawn candidates; a
     * hired one is an employee now, and a running one is still being considered.
     */
    public void anonymise(Instant at) {
        requireNotAnonymised();
        if (!stage.isClosedWithoutHire()) {
            throw new RuleViolationException("stage", "rule.candidate.anonymiseStage");
        }
        lastName = PLACEHOLDER;
        firstName = PLACEHOLDER;
        middleName = null;
        email = null;
        phone = null;
        educationText = null;
        notes = null;
        experiences.forEach(PriorExperience::anonymise);
        transitions.forEach(StageTransition::anonymise);
        assessments.forEach(CandidateAssessment::anonymise);
        anonymisedAt = at;
    }

    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw new RuleViolationException(null, "rule.candidate.anonymised");
        }
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "rule.required");
        }
        optional(field, value, max);
    }

    private static void optional(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RuleViolationException(field, "rule.tooLong", max);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
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

    public Vacancy getVacancy() {
        return vacancy;
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

    public EducationLevel getEducation() {
        return education;
    }

    public String getEducationText() {
        return educationText;
    }

    public CandidateSource getSource() {
        return source;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public String getNotes() {
        return notes;
    }

    public CandidateStage getStage() {
        return stage;
    }

    public LocalDate getStageSince() {
        return stageSince;
    }

    public Person getHiredPerson() {
        return hiredPerson;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<PriorExperience> getExperiences() {
        return List.copyOf(experiences);
    }

    public List<StageTransition> getTransitions() {
        return List.copyOf(transitions);
    }

    /** Interviews and tests, earliest first. */
    public List<CandidateAssessment> getAssessments() {
        return assessments.stream().sorted(Comparator.comparing(CandidateAssessment::getHeldOn)
                .thenComparing(CandidateAssessment::getRecordedAt)).toList();
    }
}
