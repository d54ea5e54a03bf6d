package ru.navyk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;

/** One lesson of a course version: Markdown text, rendered sanitised when shown. */
@Entity
@Table(name = "course_lesson")
public class CourseLesson {

    /** Derby's VARCHAR limit is 32 672; a lesson is a few pages. */
    public static final int BODY_LENGTH = 32000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(name = "file_name", length = Lengths.TITLE)
    private String fileName;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String markdown;

    @ManyToMany
    @JoinTable(name = "course_lesson_item", joinColumns = @JoinColumn(name = "lesson_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<CompetencyItem> items = new LinkedHashSet<>();

    protected CourseLesson() {
    }

    CourseLesson(CourseVersion courseVersion, int position, CourseContent.Lesson lesson) {
        this.courseVersion = courseVersion;
        this.position = position;
        this.title = lesson.title().strip();
        this.fileName = lesson.fileName();
        this.markdown = lesson.markdown();
        this.items.addAll(lesson.items());
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMarkdown() {
        return markdown;
    }

    public List<CompetencyItem> getItems() {
        return items.stream().sorted(Comparator.comparing(CompetencyItem::getCode)).toList();
    }
}
