package ru.navyk.domain.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A single-choice question on a revision's change: options in order, one of them correct (0-based). */
@Entity
@Table(name = "kb_quiz_question")
public class QuizQuestion {

    /** A question as an editor writes it, before it is stored. */
    public record Definition(String question, List<String> options, int correctOption) {

        public Definition {
            options = List.copyOf(options);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    private ArticleRevision revision;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "question", nullable = false, length = KnowledgeLengths.QUESTION)
    private String question;

    @Column(name = "correct_option", nullable = false)
    private int correctOption;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_quiz_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = KnowledgeLengths.OPTION)
    private List<String> options = new ArrayList<>();

    protected QuizQuestion() {
    }

    QuizQuestion(ArticleRevision revision, int position, Definition definition) {
        this.revision = revision;
        this.position = position;
        this.question = definition.question().strip();
        this.correctOption = definition.correctOption();
        definition.options().forEach(o -> options.add(o.strip()));
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestion() {
        return question;
    }

    public int getCorrectOption() {
        return correctOption;
    }

    public List<String> getOptions() {
        return List.copyOf(options);
    }
}
