package ru.navyk.domain.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.shared.RuleViolationException;

class AdaptationPlanTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    private final Person trainee = new Person("Белов", "Никита", null, "b@example.ru", START);
    private final Person mentor = new Person("Павлова", "Наталья", null, "p@example.ru", START.minusYears(5));

    @Test
    void eachStepIsDueItsDayAfterTheStart() {
        AdaptationPlan plan = plan();

        assertEquals(List.of(START, START.plusDays(7), START.plusDays(30)),
                plan.getSteps().stream().map(PlanStep::getDueOn).toList());
        assertEquals(List.of("A/01.3/LA01", "A/01.3/SK07"), plan.getSteps().get(1).getItemCodes());
    }

    @Test
    void aStepIsOverdueTheDayAfterItsDueDateWhileNotDone() {
        PlanStep shadowing = plan().getSteps().get(1);

        assertFalse(shadowing.isOverdueOn(START.plusDays(7)), "due today is not overdue yet");
        assertTrue(shadowing.isOverdueOn(START.plusDays(8)));
        shadowing.markDone(mentor, mentor.getFullName(), NOW);
        assertFalse(shadowing.isOverdueOn(START.plusDays(8)), "done is never overdue");
    }

    @Test
    void aTickRecordsWhoAndWhenAndHappensOnce() {
        AdaptationPlan plan = plan();
        PlanStep first = plan.getSteps().get(0);

        first.markDone(mentor, "Павлова Наталья", NOW);

        assertEquals("Павлова Наталья", first.getDoneByName());
        assertEquals(NOW, first.getDoneAt());
        assertEquals(1, plan.stepsDone());
        assertEquals(33, plan.percentDone());
        assertEquals(1, plan.stepsOverdue(START.plusDays(8)), "the shadowing step");
        assertThrows(RuleViolationException.class, () -> first.markDone(trainee, "Белов", NOW));
    }

    @Test
    void aTemplateNeedsStepsAndSensibleDueDays() {
        assertThrows(RuleViolationException.class, () -> new StepDefinition("Тест", StepKind.TEST, -1,
                ResponsibleRole.TRAINEE, List.of(), null));
        assertThrows(RuleViolationException.class, () -> new StepDefinition(" ", StepKind.TEST, 1,
                ResponsibleRole.TRAINEE, List.of(), null));
        assertThrows(RuleViolationException.class, () -> new AdaptationTemplate("x", 1, new JobProfile("operator"),
                "План", List.of(), NOW, "hr"));
    }

    @Test
    void theNextVersionOfATemplateLeavesTheFollowedOneAlone() {
        AdaptationTemplate first = template();

        AdaptationTemplate second = first.nextVersion("План v2", List.of(new StepDefinition("Только встреча",
                StepKind.MEETING, 0, ResponsibleRole.SUPERVISOR, List.of(), null)), NOW, "hr");

        assertEquals(2, second.getNumber());
        assertEquals(first.getCode(), second.getCode());
        assertEquals(3, first.getSteps().size());
        assertEquals(1, second.getSteps().size());
    }

    private AdaptationPlan plan() {
        return new AdaptationPlan(trainee, template(), START, NOW, "hr");
    }

    private static AdaptationTemplate template() {
        return new AdaptationTemplate("operator-adaptation", 1, new JobProfile("operator"), "План адаптации", List.of(
                new StepDefinition("Встреча с руководителем", StepKind.MEETING, 0, ResponsibleRole.SUPERVISOR,
                        List.of(), null),
                new StepDefinition("Прослушивание звонков", StepKind.SHADOW, 7, ResponsibleRole.MENTOR,
                        List.of("A/01.3/LA01", " A/01.3/SK07 ", "A/01.3/LA01"), null),
                new StepDefinition("Тест", StepKind.TEST, 30, ResponsibleRole.TRAINEE, List.of(), "kb/standards")),
                NOW, "system");
    }
}
