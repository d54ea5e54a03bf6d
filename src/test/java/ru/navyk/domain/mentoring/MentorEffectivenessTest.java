package ru.navyk.domain.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.mentoring.MentorEffectiveness.Summary;
import ru.navyk.domain.mentoring.MentorEffectiveness.TraineeOutcome;

class MentorEffectivenessTest {

    @Test
    void averagesItemsMetOverAllTraineesAndDaysOverThoseWhoReachedTheLevel() {
        MentorEffectiveness effectiveness = new MentorEffectiveness(List.of(
                outcome(1, 10, 10, 60, ProbationResult.PASSED, 5),
                outcome(2, 5, 10, null, ProbationResult.NOT_PASSED, null),
                outcome(3, 8, 10, 80, ProbationResult.PENDING, 4)));

        Summary summary = effectiveness.summary();

        assertEquals(3, summary.trainees());
        assertEquals(76.7, summary.averagePercentMet(), "(100 + 50 + 80) / 3");
        assertEquals(70.0, summary.averageDaysToProficiency(), "only the two who reached it");
        assertEquals(2, summary.reachedProficiency());
    }

    @Test
    void thePassRateCountsOnlyDecidedProbations() {
        MentorEffectiveness effectiveness = new MentorEffectiveness(List.of(
                outcome(1, 10, 10, 60, ProbationResult.PASSED, null),
                outcome(2, 5, 10, null, ProbationResult.NOT_PASSED, null),
                outcome(3, 8, 10, null, ProbationResult.EXTENDED, null),
                outcome(4, 2, 10, null, ProbationResult.PENDING, null)));

        assertEquals(2, effectiveness.decided());
        assertEquals(50.0, effectiveness.summary().passRate());
        assertNull(new MentorEffectiveness(List.of(outcome(4, 2, 10, null, ProbationResult.PENDING, null)))
                .summary().passRate(), "nothing decided yet");
    }

    @Test
    void theMentorSeesNoFeedbackUntilThreeTraineesAnswered() {
        MentorEffectiveness two = new MentorEffectiveness(List.of(
                outcome(1, 10, 10, 60, ProbationResult.PASSED, 5),
                outcome(2, 5, 10, null, ProbationResult.PENDING, 2)));

        Summary forMentor = two.summaryForMentor();

        assertTrue(forMentor.feedbackHidden());
        assertNull(forMentor.averageFeedback());
        assertEquals(2, forMentor.feedbackCount());
        assertEquals(3.5, two.summary().averageFeedback(), "supervisors and HR see it");
        assertFalse(two.summary().feedbackHidden());
    }

    @Test
    void fromThreeAnswersTheMentorSeesTheAverageButNeverASingleAnswer() {
        MentorEffectiveness three = new MentorEffectiveness(List.of(
                outcome(1, 10, 10, 60, ProbationResult.PASSED, 5),
                outcome(2, 5, 10, null, ProbationResult.PENDING, 2),
                outcome(3, 8, 10, null, ProbationResult.PENDING, 4)));

        assertFalse(three.summaryForMentor().feedbackHidden());
        assertEquals(3.7, three.summaryForMentor().averageFeedback());
        assertTrue(three.outcomesForMentor().stream().allMatch(t -> t.feedbackRating() == null
                && t.feedbackComment() == null));
        assertEquals(5, three.trainees().get(0).feedbackRating());
    }

    @Test
    void anOutcomeCannotMeetMoreItemsThanRequired() {
        assertThrows(IllegalArgumentException.class, () -> outcome(1, 11, 10, null, ProbationResult.PENDING, null));
        assertEquals(0, outcome(1, 0, 0, null, ProbationResult.PENDING, null).percentMet());
    }

    private static TraineeOutcome outcome(long id, int met, int required, Integer days, ProbationResult result,
                                          Integer feedback) {
        return new TraineeOutcome(id, "Стажёр " + id, 100 + id, met, required, days, result, feedback,
                feedback == null ? null : "отзыв " + id);
    }
}
