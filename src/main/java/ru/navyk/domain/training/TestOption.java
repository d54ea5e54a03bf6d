package ru.navyk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer option; whether it is correct never leaves the server before the attempt is submitted. */
@Entity
@Table(name = "test_option")
public class TestOption {

    public static final int TEXT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private TestQuestion question;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    protected TestOption() {
    }

    TestOption(TestQuestion question, int position, String text, boolean correct) {
        this.question = question;
        this.position = position;
        this.text = text.strip();
        this.correct = correct;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }
}
