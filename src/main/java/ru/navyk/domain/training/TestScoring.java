package ru.navyk.domain.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a test is scored — the one documented rule:
 * <ul>
 *   <li>a question counts as correct only when the chosen options are <b>exactly</b> its correct options (a single
 *       choice question: the one correct option; a multiple choice question: all correct options and no other); no
 *       partial credit;</li>
 *   <li>the score is the share of questions answered correctly, in whole percent, rounded <b>down</b> (so 5 of 7 is
 *       71 %, and rounding never lifts anyone over the pass mark);</li>
 *   <li>the attempt passes when the score is at least the course's pass mark.</li>
 * </ul>
 * Options chosen that do not belong to the question are ignored, as if not chosen.
 */
public final class TestScoring {

    private TestScoring() {
    }

    /** The result of one question: what was chosen, what is correct. */
    public record QuestionResult(long questionId, Set<Long> chosen, Set<Long> correctOptions, boolean correct) {
        public QuestionResult {
            chosen = Set.copyOf(chosen);
            correctOptions = Set.copyOf(correctOptions);
        }
    }

    public record Result(int score, boolean passed, Map<Long, QuestionResult> questions) {
        public Result {
            questions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questions));
        }

        public long correctCount() {
            return questions.values().stream().filter(QuestionResult::correct).count();
        }
    }

    public static Result score(List<TestQuestion> questions, Map<Long, Set<Long>> answers, int passMark) {
        Map<Long, QuestionResult> results = new LinkedHashMap<>();
        for (TestQuestion question : questions) {
            Set<Long> optionIds = question.getOptions().stream().map(TestOption::getId).collect(Collectors.toSet());
            Set<Long> correct = question.getOptions().stream().filter(TestOption::isCorrect).map(TestOption::getId)
                    .collect(Collectors.toSet());
            Set<Long> chosen = answers.getOrDefault(question.getId(), Set.of()).stream().filter(optionIds::contains)
                    .collect(Collectors.toSet());
            results.put(question.getId(), new QuestionResult(question.getId(), chosen, correct,
                    chosen.equals(correct)));
        }
        int score = questions.isEmpty() ? 0 : (int) (results.values().stream().filter(QuestionResult::correct).count()
                * 100 / questions.size());
        return new Result(score, score >= passMark, results);
    }
}
