package ru.navyk.domain.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void storedValuesRoundTripForEveryKind() {
        for (AudienceKind kind : AudienceKind.values()) {
            List<String> values = switch (kind) {
                case JOB_PROFILE, TEAM, PERSON -> List.of("3", "12");
                case LABOR_FUNCTION -> List.of("A/01.3", "D/03.5");
                case POSITION -> List.of("Оператор контакт-центра");
            };
            Audience audience = Audience.of(kind, values);
            assertEquals(kind, audience.kind());
            assertEquals(audience, Audience.of(kind, audience.values()));
        }
    }

    @Test
    void laborFunctionsAreWorkOfTheLevelInTheirCode() {
        Audience.LaborFunctions functions = assertInstanceOf(Audience.LaborFunctions.class,
                Audience.of(AudienceKind.LABOR_FUNCTION, List.of("A/01.3", "A/04.3", "D/03.5")));
        assertEquals(Set.of(3, 5), functions.levels());
    }

    @Test
    void malformedOrEmptyValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Audience.of(AudienceKind.TEAM, List.of("Группа 1")));
        assertThrows(IllegalArgumentException.class, () -> Audience.of(AudienceKind.JOB_PROFILE, List.of("operator")));
        assertThrows(IllegalArgumentException.class, () -> Audience.of(AudienceKind.LABOR_FUNCTION, List.of("A/01")));
        assertThrows(IllegalArgumentException.class, () -> Audience.of(AudienceKind.POSITION, List.of(" ", "")));
    }

    @Test
    void positionTitlesCompareWithoutCaseOrBlanks() {
        Audience.Positions positions = new Audience.Positions(Set.of("  Оператор Контакт-центра "));
        assertEquals(Set.of("оператор контакт-центра"), positions.normalizedTitles());
    }

    @Test
    void quizPassesOnlyWhenEveryAnswerIsRight() {
        ArticleRevision revision = new Article("a", "A", java.time.Instant.EPOCH).revise("A", "x", "s", true, "u",
                java.time.Instant.EPOCH);
        revision.setQuiz(List.of(new QuizQuestion.Definition("q1", List.of("a", "b"), 1),
                new QuizQuestion.Definition("q2", List.of("a", "b", "c"), 2)));
        assertEquals(new QuizGrade(1, 2, false), QuizGrade.of(revision.getQuestions(), List.of(1, 0)));
        assertEquals(new QuizGrade(2, 2, true), QuizGrade.of(revision.getQuestions(), List.of(1, 2)));
        assertEquals(new QuizGrade(1, 2, false), QuizGrade.of(revision.getQuestions(), List.of(1)));
    }
}
