package ru.navyk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * A person's way through one course: the version they are reading (pinned when they start, so a new version does
 * not reshuffle lessons under them), the lessons read, where to resume, and when they completed it (passed the test).
 */
@Entity
@Table(name = "course_progress")
public class CourseProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "lessons_read", length = 500)
    private String lessonsRead;

    @Column(name = "last_lesson")
    private Integer lastLesson;

    @Convert(converter = InstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "passed_attempt_id")
    private Long passedAttemptId;

    protected CourseProgress() {
    }

    public CourseProgress(Person person, CourseVersion courseVersion, Instant now) {
        this.person = person;
        this.course = courseVersion.getCourse();
        this.courseVersion = courseVersion;
        this.startedAt = now;
    }

    /** Notes a lesson as read and as the place to resume. */
    public void read(int lesson) {
        Set<Integer> read = getLessonsRead();
        read.add(lesson);
        lessonsRead = read.stream().map(String::valueOf).collect(Collectors.joining(","));
        lastLesson = lesson;
    }

    /**
     * Moves a learner who has not completed the course to its current version (after they used up the attempts of
     * an older one, for instance); what they read stays noted where the lesson still exists.
     */
    public void moveTo(CourseVersion current) {
        if (completedAt == null) {
            courseVersion = current;
        }
    }

    public void complete(TestAttempt passed) {
        if (completedAt == null) {
            completedAt = passed.getSubmittedAt();
            passedAttemptId = passed.getId();
        }
    }

    public Set<Integer> getLessonsRead() {
        Set<Integer> read = new TreeSet<>();
        if (lessonsRead != null && !lessonsRead.isBlank()) {
            Arrays.stream(lessonsRead.split(",")).map(Integer::valueOf).forEach(read::add);
        }
        return read;
    }

    /** Share of the version's lessons read, 0–100. */
    public int percentRead() {
        int total = courseVersion.getLessons().size();
        if (total == 0) {
            return 100;
        }
        long read = getLessonsRead().stream().filter(n -> n <= total).count();
        return (int) (read * 100 / total);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Course getCourse() {
        return course;
    }

    public CourseVersion getCourseVersion() {
        return courseVersion;
    }

    public Integer getLastLesson() {
        return lastLesson;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Long getPassedAttemptId() {
        return passedAttemptId;
    }
}
