package ru.navyk.domain.knowledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.domain.shared.InstantConverter;

/**
 * One saved state of an article: its title and Markdown text, who saved it when and why, and whether the change is
 * major (everyone must read it again) or minor (those who read an earlier revision need not). The text of a revision
 * never changes, so an acknowledgement always says exactly what was read. A revision may carry a short quiz on the
 * change; it is set when acknowledgement is first requested and not changed afterwards.
 */
@Entity
@Table(name = "kb_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = KnowledgeLengths.TITLE)
    private String title;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "summary", nullable = false, length = KnowledgeLengths.SUMMARY)
    private String summary;

    @Column(name = "major", nullable = false)
    private boolean major;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<QuizQuestion> questions = new ArrayList<>();

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, String title, String body, String summary, boolean major,
                    String author, Instant createdAt) {
        this.article = article;
        this.number = number;
        this.title = title.strip();
        this.body = normalizeLineEnds(body);
        this.summary = summary.strip();
        this.major = major;
        this.author = author;
        this.createdAt = createdAt;
    }

    /** Attaches the quiz on this change; a revision's quiz is set once. */
    public void setQuiz(List<QuizQuestion.Definition> definitions) {
        if (!questions.isEmpty()) {
            throw new IllegalStateException("revision " + number + " already has a quiz");
        }
        for (int i = 0; i < definitions.size(); i++) {
            questions.add(new QuizQuestion(this, i + 1, definitions.get(i)));
        }
    }

    public boolean hasQuiz() {
        return !questions.isEmpty();
    }

    /** Line ends as {@code \n}, so that diffs compare lines, not the editor's platform. */
    static String normalizeLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isMajor() {
        return major;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<QuizQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
