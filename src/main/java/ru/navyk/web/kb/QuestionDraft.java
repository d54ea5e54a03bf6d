package ru.navyk.web.kb;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.domain.knowledge.QuizQuestion;

/** One question slot of the publish form: the question, up to four options and which one is right (1-based). */
public class QuestionDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int OPTIONS = 4;

    private String question;
    private final List<String> options = new ArrayList<>(List.of("", "", "", ""));
    /** "1" to "4", as the menu submits it; text, so that no number type of the page has to match. */
    private String correct;

    boolean isEmpty() {
        return question == null || question.isBlank();
    }

    /** The question as the service takes it: blank options dropped, the right one renumbered accordingly. */
    QuizQuestion.Definition definition() {
        List<String> given = new ArrayList<>();
        int correctIndex = -1;
        for (int i = 0; i < OPTIONS; i++) {
            String option = options.get(i);
            if (option != null && !option.isBlank()) {
                if (String.valueOf(i + 1).equals(correct)) {
                    correctIndex = given.size();
                }
                given.add(option.strip());
            }
        }
        return new QuizQuestion.Definition(question, given, correctIndex);
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public List<String> getOptions() {
        return options;
    }

    public String getOption1() {
        return options.get(0);
    }

    public void setOption1(String value) {
        options.set(0, value);
    }

    public String getOption2() {
        return options.get(1);
    }

    public void setOption2(String value) {
        options.set(1, value);
    }

    public String getOption3() {
        return options.get(2);
    }

    public void setOption3(String value) {
        options.set(2, value);
    }

    public String getOption4() {
        return options.get(3);
    }

    public void setOption4(String value) {
        options.set(3, value);
    }

    public String getCorrect() {
        return correct;
    }

    public void setCorrect(String correct) {
        this.correct = correct;
    }
}
