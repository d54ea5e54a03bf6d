package ru.navyk.domain.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.InstantConverter;

/**
 * One frozen version of a course: title, description, level, the items it develops and the proficiency a pass
 * records on them, its lessons in order and its test. Nothing here changes after it is stored; attempts and progress
 * point at it.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

    public static final int DESCRIPTION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "qualification_level")
    private Integer level;

    @Column(name = "proficiency_on_pass", nullable = false)
    private int proficiencyOnPass;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "shuffle", nullable = false)
    private boolean shuffle;

    @Column(name = "counts_as_upskilling", nullable = false)
    private boolean countsAsUpskilling;

    @Column(name = "hours")
    private Integer hours;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = Lengths.USERNAME)
    private String createdBy;

    @ManyToMany
    @JoinTable(name = "course_version_item", joinColumns = @JoinColumn(name = "course_version_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<CompetencyItem> items = new LinkedHashSet<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL)
    @OrderBy("position ASC")
    private List<CourseLesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL)
    @OrderBy("position ASC")
    private List<TestQuestion> questions = new ArrayList<>();

    protected CourseVersion() {
    }

    CourseVersion(Course course, int number, CourseContent content, String sourceHash, String createdBy,
                  Instant createdAt) {
        this.course = course;
        this.number = number;
        this.title = content.title().strip();
        this.description = content.description() == null || content.description().isBlank() ? null
                : content.description().strip();
        this.level = content.level();
        this.proficiencyOnPass = content.proficiencyOnPass().points();
        this.passMark = content.settings().passMark();
        this.attemptsAllowed = content.settings().attempts();
        this.timeLimitMinutes = content.settings().timeLimitMinutes();
        this.shuffle = content.settings().shuffle();
        this.countsAsUpskilling = content.countsAsUpskilling();
        this.hours = content.hours();
        this.sourceHash = sourceHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.items.addAll(content.items());
        int position = 1;
        for (CourseContent.Lesson lesson : content.lessons()) {
            lessons.add(new CourseLesson(this, position++, lesson));
        }
        position = 1;
        for (CourseContent.Question question : content.questions()) {
            questions.add(new TestQuestion(this, position++, question));
        }
    }

    /** This version's content, as the editor starts a new version from it. */
    public CourseContent content() {
        return new CourseContent(title, description, level, getProficiencyOnPass(), getSettings(), countsAsUpskilling,
                hours, List.copyOf(items),
                getLessons().stream().map(l -> new CourseContent.Lesson(l.getTitle(), l.getFileName(),
                        l.getMarkdown(), List.copyOf(l.getItems()))).toList(),
                getQuestions().stream().map(q -> new CourseContent.Question(q.getKind(), q.getText(),
                        q.getExplanation(), q.getOptions().stream().map(o -> new CourseContent.Option(o.getText(),
                        o.isCorrect())).toList(), List.copyOf(q.getItems()))).toList());
    }

    public TestSettings getSettings() {
        return new TestSettings(passMark, attemptsAllowed, timeLimitMinutes, shuffle);
    }

    /** The lesson at a 1-based position. */
    public java.util.Optional<CourseLesson> lesson(int position) {
        return lessons.stream().filter(l -> l.getPosition() == position).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Integer getLevel() {
        return level;
    }

    public Proficiency getProficiencyOnPass() {
        return Proficiency.of(proficiencyOnPass);
    }

    public boolean isCountsAsUpskilling() {
        return countsAsUpskilling;
    }

    public Integer getHours() {
        return hours;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Items in code order. */
    public List<CompetencyItem> getItems() {
        return items.stream().sorted(Comparator.comparing(CompetencyItem::getCode)).toList();
    }

    public List<CourseLesson> getLessons() {
        return List.copyOf(lessons);
    }

    public List<TestQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
