package ru.navyk.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.domain.training.TrainingFixtures.options;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.RuleViolationException;

class TestAttemptTest {

    private static final Instant START = Instant.parse("2026-03-05T09:00:00Z");

    private final Person learner = TrainingFixtures.person("Кузнецов");

    @Test
    void theOrderIsDrawnOnceStoredAndKeepsEveryQuestionAndOption() {
        CourseVersion version = TrainingFixtures.courseVersion(80, 3, null);
        QuestionOrder order = QuestionOrder.of(version.getQuestions(), true, new Random(7));

        QuestionOrder stored = QuestionOrder.decode(order.encode());

        assertEquals(order, stored);
        assertEquals(Set.copyOf(version.getQuestions().stream().map(TestQuestion::getId).toList()),
                Set.copyOf(stored.questionIds()));
        version.getQuestions().forEach(q -> assertEquals(Set.copyOf(q.getOptions().stream()
                .map(TestOption::getId).toList()), Set.copyOf(stored.optionsByQuestion().get(q.getId()))));
    }

    @Test
    void withoutShuffleTheAuthoredOrderStays() {
        CourseVersion version = TrainingFixtures.courseVersion(80, 3, null);
        QuestionOrder order = QuestionOrder.of(version.getQuestions(), false, new Random(7));

        assertEquals(version.getQuestions().stream().map(TestQuestion::getId).toList(), order.questionIds());
    }

    @Test
    void shufflingDiffersBetweenAttempts() {
        CourseVersion version = TrainingFixtures.courseVersion(80, 3, null);
        Random random = new Random(1);
        List<String> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(QuestionOrder.of(version.getQuestions(), true, random).encode());
        }
        assertNotEquals(1, orders.stream().distinct().count());
    }

    @Test
    void aSubmittedAttemptIsScoredAndCannotBeSubmittedAgain() {
        CourseVersion version = TrainingFixtures.courseVersion(60, 3, null);
        TestAttempt attempt = new TestAttempt(learner, version, 1, QuestionOrder.of(version.getQuestions(), true,
                new Random(3)), START);
        TestQuestion first = version.getQuestions().get(0);
        TestQuestion second = version.getQuestions().get(1);

        TestScoring.Result result = attempt.submit(Map.of(first.getId(), options(first, 2), second.getId(),
                options(second, 1, 3)), START.plusSeconds(300));

        assertEquals(66, result.score());
        assertTrue(attempt.isPassed());
        assertEquals(AttemptStatus.SUBMITTED, attempt.getStatus());
        assertEquals(66, attempt.result().score(), "the stored answers give the same result");
        RuleViolationException again = assertThrows(RuleViolationException.class,
                () -> attempt.submit(Map.of(), START.plusSeconds(301)));
        assertEquals("rule.training.attemptClosed", again.messageKey());
    }

    @Test
    void theTimeLimitIsEnforcedWithAShortGrace() {
        CourseVersion version = TrainingFixtures.courseVersion(60, 3, 20);
        TestAttempt inTime = new TestAttempt(learner, version, 1, QuestionOrder.of(version.getQuestions(), false,
                new Random(3)), START);
        TestAttempt late = new TestAttempt(learner, version, 2, QuestionOrder.of(version.getQuestions(), false,
                new Random(3)), START);

        inTime.submit(Map.of(), START.plus(Duration.ofMinutes(20)).plus(TestAttempt.GRACE));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> late.submit(Map.of(),
                START.plus(Duration.ofMinutes(20)).plus(TestAttempt.GRACE).plusSeconds(1)));

        assertEquals(AttemptStatus.SUBMITTED, inTime.getStatus());
        assertEquals("rule.training.timeUp", refused.messageKey());
        assertEquals(AttemptStatus.EXPIRED, late.getStatus());
        assertEquals(0, late.getScore());
        assertFalse(late.isPassed());
    }

    @Test
    void attemptsAreCountedPerVersionAndEndWithAPass() {
        CourseVersion version = TrainingFixtures.courseVersion(100, 2, null);
        TestAttempt failed = new TestAttempt(learner, version, 1, QuestionOrder.of(version.getQuestions(), false,
                new Random(1)), START);
        failed.submit(Map.of(), START.plusSeconds(60));

        assertEquals(2, AttemptRules.nextNumber(List.of(failed), version.getSettings()));
        assertEquals(1, AttemptRules.attemptsLeft(List.of(failed), version.getSettings()));

        TestAttempt secondFailed = new TestAttempt(learner, version, 2, QuestionOrder.of(version.getQuestions(),
                false, new Random(1)), START);
        secondFailed.submit(Map.of(), START.plusSeconds(60));
        assertEquals("rule.training.noAttemptsLeft", assertThrows(RuleViolationException.class,
                () -> AttemptRules.nextNumber(List.of(failed, secondFailed), version.getSettings())).messageKey());
    }

    @Test
    void anAttemptInProgressIsResumedNotDoubledAndNothingFollowsAPass() {
        CourseVersion version = TrainingFixtures.courseVersion(1, 3, 10);
        TestAttempt running = new TestAttempt(learner, version, 1, QuestionOrder.of(version.getQuestions(), false,
                new Random(1)), START);

        assertEquals(running, AttemptRules.resumable(List.of(running), START.plusSeconds(60)).orElseThrow());
        assertTrue(AttemptRules.resumable(List.of(running), START.plus(Duration.ofMinutes(11))).isEmpty(),
                "an attempt whose time ran out is not resumed");

        TestQuestion first = version.getQuestions().get(0);
        running.submit(Map.of(first.getId(), options(first, 2)), START.plusSeconds(60));
        assertEquals("rule.training.alreadyPassed", assertThrows(RuleViolationException.class,
                () -> AttemptRules.nextNumber(List.of(running), version.getSettings())).messageKey());
    }
}
