package ru.navyk.domain.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.competency.CompetencyItem;

/** A question of a course version's test, with its options in authored order and the explanation shown after. */
@Entity
@Table(name = "test_question")
public class TestQuestion {

    public static final int TEXT_LENGTH = 2000;
    public static final int EXPLANATION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "explanation", length = EXPLANATION_LENGTH)
    private String explanation;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL)
    @OrderBy("position ASC")
    private List<TestOption> options = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "test_question_item", joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<CompetencyItem> items = new LinkedHashSet<>();

    protected TestQuestion() {
    }

    TestQuestion(CourseVersion courseVersion, int position, CourseContent.Question question) {
        this.courseVersion = courseVersion;
        this.position = position;
        this.kind = question.kind();
        this.text = question.text().strip();
        this.explanation = question.explanation() == null || question.explanation().isBlank() ? null
                : question.explanation().strip();
        int optionPosition = 1;
        for (CourseContent.Option option : question.options()) {
            options.add(new TestOption(this, optionPosition++, option.text(), option.correct()));
        }
        this.items.addAll(question.items());
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getExplanation() {
        return explanation;
    }

    public List<TestOption> getOptions() {
        return List.copyOf(options);
    }

    public List<CompetencyItem> getItems() {
        return items.stream().sorted(Comparator.comparing(CompetencyItem::getCode)).toList();
    }
}
