package ru.navyk.domain.profile;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.ModelVersion;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * One version of a job profile: its title, qualification level, education and experience requirements (pre-filled
 * from the standard's generalized function, editable), and the required proficiency on every item of the labor
 * functions it covers, all items of one {@link ModelVersion}. A draft may change; a published version never does —
 * candidates, employees and assessments refer to it.
 */
@Entity
@Table(name = "job_profile_version")
public class JobProfileVersion {

    public static final int DESCRIPTION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id")
    private JobProfile profile;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private JobProfileStatus status = JobProfileStatus.DRAFT;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_version_id")
    private ModelVersion modelVersion;

    @Column(name = "title", nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(name = "title_en", length = Lengths.TITLE)
    private String titleEn;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "qualification_level", nullable = false)
    private int qualificationLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_education", length = 30)
    private EducationLevel minEducation;

    @Column(name = "education_text", length = DESCRIPTION_LENGTH)
    private String educationText;

    @Column(name = "experience_months", nullable = false)
    private int experienceMonths;

    @Column(name = "experience_text", length = DESCRIPTION_LENGTH)
    private String experienceText;

    @Convert(converter = InstantConverter.class)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = Lengths.USERNAME)
    private String publishedBy;

    @OneToMany(mappedBy = "profileVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProfileRequirement> requirements = new ArrayList<>();

    protected JobProfileVersion() {
    }

    JobProfileVersion(JobProfile profile, int number, Content content) {
        this.profile = profile;
        this.number = number;
        this.modelVersion = content.modelVersion();
        describe(content);
    }

    /** What an editor fills in; the same record starts a draft and edits it. */
    public record Content(ModelVersion modelVersion, String title, String titleEn, String description,
                          int qualificationLevel, EducationLevel minEducation, String educationText,
                          int experienceMonths, String experienceText) {
        public Content {
            Objects.requireNonNull(modelVersion);
            Objects.requireNonNull(title);
            if (qualificationLevel < 1 || qualificationLevel > 9) {
                throw new RuleViolationException("qualificationLevel", "rule.profile.level");
            }
            if (experienceMonths < 0) {
                throw new RuleViolationException("experienceMonths", "rule.profile.experience");
            }
        }
    }

    /** Changes the draft's description; refused once published. */
    public void describe(Content content) {
        requireDraft();
        if (!content.modelVersion().getId().equals(modelVersion.getId())) {
            throw new RuleViolationException("modelVersion", "rule.profile.modelVersionFixed");
        }
        this.title = content.title().strip();
        this.titleEn = blankToNull(content.titleEn());
        this.description = blankToNull(content.description());
        this.qualificationLevel = content.qualificationLevel();
        this.minEducation = content.minEducation();
        this.educationText = blankToNull(content.educationText());
        this.experienceMonths = content.experienceMonths();
        this.experienceText = blankToNull(content.experienceText());
    }

    /**
     * Sets the required proficiency of the draft's items: items in {@code required} are required at the given step,
     * every other item is dropped. All items must belong to the draft's model version.
     */
    public void requireExactly(Map<CompetencyItem, Proficiency> required) {
        requireDraft();
        for (CompetencyItem item : required.keySet()) {
            if (!item.getModelVersion().getId().equals(modelVersion.getId())) {
                throw new RuleViolationException("items", "rule.profile.itemOfOtherVersion", item.getCode());
            }
        }
        requirements.removeIf(requirement -> !required.containsKey(requirement.getItem()));
        required.forEach((item, proficiency) -> requirementOf(item).ifPresentOrElse(
                requirement -> requirement.require(proficiency),
                () -> requirements.add(new ProfileRequirement(this, item, proficiency))));
    }

    /** Publishing freezes the version and makes it the profile's current one. */
    public void publish(String username, Instant at) {
        requireDraft();
        if (requirements.isEmpty()) {
            throw new RuleViolationException("items", "rule.profile.noItems");
        }
        this.status = JobProfileStatus.PUBLISHED;
        this.publishedBy = username;
        this.publishedAt = at;
    }

    private void requireDraft() {
        if (status == JobProfileStatus.PUBLISHED) {
            throw new RuleViolationException(null, "rule.profile.published");
        }
    }

    public Optional<ProfileRequirement> requirementOf(CompetencyItem item) {
        return requirements.stream().filter(r -> r.getItem().getId().equals(item.getId())).findFirst();
    }

    /** Codes of the labor functions the required items belong to, in the standard's order. */
    public Set<String> laborFunctionCodes() {
        Set<String> codes = new LinkedHashSet<>();
        requirements.stream().map(r -> r.getItem().getLaborFunction().getCode()).sorted().forEach(codes::add);
        return codes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isPublished() {
        return status == JobProfileStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public JobProfile getProfile() {
        return profile;
    }

    public int getNumber() {
        return number;
    }

    public JobProfileStatus getStatus() {
        return status;
    }

    public ModelVersion getModelVersion() {
        return modelVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescription() {
        return description;
    }

    public int getQualificationLevel() {
        return qualificationLevel;
    }

    public EducationLevel getMinEducation() {
        return minEducation;
    }

    public String getEducationText() {
        return educationText;
    }

    public int getExperienceMonths() {
        return experienceMonths;
    }

    public String getExperienceText() {
        return experienceText;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    /** Requirements in the items' code order. */
    public List<ProfileRequirement> getRequirements() {
        return requirements.stream().sorted(Comparator.comparing(r -> r.getItem().getCode())).toList();
    }
}
