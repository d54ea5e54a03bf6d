package ru.navyk.domain.onboarding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.List;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * One version of an adaptation plan template for a job profile: ordered steps, each due some days after the start.
 * Templates with the same {@code code} form a series; the highest number is current. A version that plans already
 * follow is never changed — editing it creates the next number, so every running plan keeps the steps it started with.
 */
@Entity
@Table(name = "adaptation_template")
public class AdaptationTemplate {

    public static final int CODE_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "number", nullable = false)
    private int number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "job_profile_id")
    private JobProfile jobProfile;

    @Column(name = "title", nullable = false, length = StepDefinition.TITLE_LENGTH)
    private String title;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<AdaptationTemplateStep> steps = new ArrayList<>();

    protected AdaptationTemplate() {
    }

    public AdaptationTemplate(String code, int number, JobProfile jobProfile, String title, List<StepDefinition> steps,
                              Instant createdAt, String createdBy) {
        this.code = code;
        this.number = number;
        this.jobProfile = jobProfile;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        describe(title, steps);
    }

    /** The next version of this template, with new content; this one stays as it is. */
    public AdaptationTemplate nextVersion(String newTitle, List<StepDefinition> newSteps, Instant at, String by) {
        return new AdaptationTemplate(code, number + 1, jobProfile, newTitle, newSteps, at, by);
    }

    /** Replaces title and steps; only for a version no plan follows yet (the service checks). */
    public final void describe(String newTitle, List<StepDefinition> newSteps) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolationException("title", "rule.required");
        }
        if (newSteps.isEmpty()) {
            throw new RuleViolationException("steps", "rule.onboarding.noSteps");
        }
        this.title = newTitle.strip();
        steps.clear();
        for (int i = 0; i < newSteps.size(); i++) {
            steps.add(new AdaptationTemplateStep(this, i + 1, newSteps.get(i)));
        }
    }

    public List<StepDefinition> definitions() {
        return steps.stream().map(AdaptationTemplateStep::definition).toList();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    public JobProfile getJobProfile() {
        return jobProfile;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<AdaptationTemplateStep> getSteps() {
        return List.copyOf(steps);
    }
}
