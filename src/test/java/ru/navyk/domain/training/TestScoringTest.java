package ru.navyk.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.domain.training.TrainingFixtures.options;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestScoringTest {

    private final CourseVersion version = TrainingFixtures.courseVersion(80, 3, null);
    private final List<TestQuestion> questions = version.getQuestions();
    private final TestQuestion single = questions.get(0);
    private final TestQuestion multiple = questions.get(1);
    private final TestQuestion last = questions.get(2);

    @Test
    void allCorrectIsAHundredAndPasses() {
        TestScoring.Result result = TestScoring.score(questions, Map.of(single.getId(), options(single, 2),
                multiple.getId(), options(multiple, 1, 3), last.getId(), options(last, 1)), 80);

        assertEquals(100, result.score());
        assertTrue(result.passed());
        assertEquals(3, result.correctCount());
    }

    @Test
    void aMultipleChoiceQuestionCountsOnlyForTheExactSet() {
        int partial = TestScoring.score(questions, Map.of(multiple.getId(), options(multiple, 1)), 80).questions()
                .get(multiple.getId()).correct() ? 1 : 0;
        int extra = TestScoring.score(questions, Map.of(multiple.getId(), options(multiple, 1, 2, 3)), 80)
                .questions().get(multiple.getId()).correct() ? 1 : 0;

        assertEquals(0, partial, "one of two correct options is not enough");
        assertEquals(0, extra, "a wrong option spoils the question");
    }

    @Test
    void theScoreIsRoundedDownSoRoundingNeverPasses() {
        TestScoring.Result twoOfThree = TestScoring.score(questions, Map.of(single.getId(), options(single, 2),
                multiple.getId(), options(multiple, 1, 3)), 67);

        assertEquals(66, twoOfThree.score(), "2 of 3 is 66.7 %, rounded down");
        assertFalse(twoOfThree.passed(), "66 is below a pass mark of 67");
    }

    @Test
    void unansweredAndForeignOptionsCountAsWrong() {
        TestScoring.Result result = TestScoring.score(questions, Map.of(single.getId(), options(multiple, 2)), 1);

        assertEquals(0, result.score());
        assertEquals(Set.of(), result.questions().get(single.getId()).chosen(), "another question's option is ignored");
        assertFalse(result.passed());
    }
}
