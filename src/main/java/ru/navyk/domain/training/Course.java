package ru.navyk.domain.training;

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

/**
 * A course as a series of versions. The current version is the one with the highest number; a changed course file or
 * an edit in the portal adds a version and never changes an earlier one, because attempts pin the version they took.
 */
@Entity
@Table(name = "course")
public class Course {

    public static final int SLUG_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    /** The course's folder name under {@code content/courses/}, by which later imports recognise it. */
    @Column(name = "slug", nullable = false, unique = true, length = SLUG_LENGTH)
    private String slug;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL)
    @OrderBy("number ASC")
    private List<CourseVersion> versions = new ArrayList<>();

    protected Course() {
    }

    public Course(String slug) {
        this.slug = slug;
    }

    /** Adds the next version with this content; it becomes current. */
    public CourseVersion addVersion(CourseContent content, String sourceHash, String createdBy,
                                    java.time.Instant at) {
        int number = versions.stream().mapToInt(CourseVersion::getNumber).max().orElse(0) + 1;
        CourseVersion next = new CourseVersion(this, number, content, sourceHash, createdBy, at);
        versions.add(next);
        return next;
    }

    public CourseVersion current() {
        return versions.stream().max(Comparator.comparingInt(CourseVersion::getNumber))
                .orElseThrow(() -> new IllegalStateException("course " + slug + " has no version"));
    }

    /** The fingerprint of the files the newest imported version came from (portal edits carry none). */
    public Optional<String> lastImportedHash() {
        return versions.stream().filter(v -> v.getSourceHash() != null)
                .max(Comparator.comparingInt(CourseVersion::getNumber)).map(CourseVersion::getSourceHash);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isActive() {
        return active;
    }

    public List<CourseVersion> getVersions() {
        return List.copyOf(versions);
    }
}
