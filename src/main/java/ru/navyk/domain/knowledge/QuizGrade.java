package ru.navyk.domain.knowledge;

import java.util.List;

/**
 * The result of answering a revision's quiz. The quiz is a check that the change was understood, not an exam: it
 * passes only when every question is answered correctly, and it may be retried as often as needed.
 */
public record QuizGrade(int correct, int total, boolean passed) {

    /** Grades the answers (0-based option per question, in order; a missing or unknown answer is wrong). */
    public static QuizGrade of(List<QuizQuestion> questions, List<Integer> answers) {
        int correct = 0;
        for (int i = 0; i < questions.size(); i++) {
            Integer answer = i < answers.size() ? answers.get(i) : null;
            if (answer != null && answer == questions.get(i).getCorrectOption()) {
                correct++;
            }
        }
        return new QuizGrade(correct, questions.size(), correct == questions.size());
    }
}
