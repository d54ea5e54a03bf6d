package ru.navyk.domain.profile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A position of the contact centre (e.g. «Оператор колл-центра») as a series of versions. The current version is the
 * published one with the highest number; at most one draft exists at a time, and publishing it makes it current.
 * Earlier versions stay, unchanged, for everyone assessed against them.
 */
@Entity
@Table(name = "job_profile")
public class JobProfile {

    public static final int CODE_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    /** A stable key (e.g. {@code operator}) by which shipped profiles are recognised on later starts. */
    @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number ASC")
    private List<JobProfileVersion> versions = new ArrayList<>();

    protected JobProfile() {
    }

    public JobProfile(String code) {
        this.code = code;
    }

    /** The published version with the highest number, if any has been published. */
    public Optional<JobProfileVersion> current() {
        return versions.stream().filter(JobProfileVersion::isPublished)
                .max(Comparator.comparingInt(JobProfileVersion::getNumber));
    }

    public Optional<JobProfileVersion> draft() {
        return versions.stream().filter(v -> !v.isPublished()).findFirst();
    }

    /**
     * Starts a new draft as a copy of the current version (or of nothing, for a new profile). Only one draft at a
     * time, so two editors never work on competing drafts.
     */
    public JobProfileVersion startDraft(JobProfileVersion.Content content) {
        if (draft().isPresent()) {
            throw new RuleViolationException(null, "rule.profile.draftExists", code);
        }
        int number = versions.stream().mapToInt(JobProfileVersion::getNumber).max().orElse(0) + 1;
        JobProfileVersion draft = new JobProfileVersion(this, number, content);
        versions.add(draft);
        return draft;
    }

    /** Drops the unpublished draft; published versions are never removed. */
    public void discardDraft() {
        versions.removeIf(v -> !v.isPublished());
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
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

    public boolean isActive() {
        return active;
    }

    public List<JobProfileVersion> getVersions() {
        return List.copyOf(versions);
    }
}
