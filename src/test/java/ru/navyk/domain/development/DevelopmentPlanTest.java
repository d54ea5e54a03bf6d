package ru.navyk.domain.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.qualification.HeldLevels;
import ru.navyk.domain.shared.RuleViolationException;

/** The plan's life cycle and how goal progress is read from standings. */
class DevelopmentPlanTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aPlanMovesDraftAgreedInProgressCompletedAndRecordsWhoAndWhen() {
        DevelopmentPlan plan = plan();

        plan.moveTo(PlanStatus.AGREED, "Морозов Игорь Сергеевич", NOW.plusSeconds(60));
        plan.moveTo(PlanStatus.IN_PROGRESS, "Кузнецов Алексей Викторович", NOW.plusSeconds(120));
        plan.moveTo(PlanStatus.COMPLETED, "Морозов Игорь Сергеевич", NOW.plusSeconds(180));

        assertEquals(List.of(PlanStatus.DRAFT, PlanStatus.AGREED, PlanStatus.IN_PROGRESS, PlanStatus.COMPLETED),
                plan.getTransitions().stream().map(PlanTransition::getTo).toList());
        assertEquals("Кузнецов Алексей Викторович", plan.getTransitions().get(2).getActorName());
        assertFalse(plan.getStatus().isActive());
    }

    @Test
    void aFinishedPlanNeitherMovesNorChanges() {
        DevelopmentPlan plan = plan();
        plan.moveTo(PlanStatus.CANCELLED, "Морозов Игорь Сергеевич", NOW);

        RuleViolationException move = assertThrows(RuleViolationException.class,
                () -> plan.moveTo(PlanStatus.AGREED, "x", NOW));
        assertEquals("rule.plan.transition", move.messageKey());
        assertEquals("rule.plan.finished", assertThrows(RuleViolationException.class,
                () -> plan.addGoal(GoalKind.LEVEL, null, "B", null, "B", null, NOW)).messageKey());
    }

    @Test
    void aDraftCannotSkipAgreement() {
        assertThrows(RuleViolationException.class, () -> plan().moveTo(PlanStatus.IN_PROGRESS, "x", NOW));
    }

    @Test
    void theSameTargetIsOneGoal() {
        DevelopmentPlan plan = plan();
        plan.addGoal(GoalKind.LEVEL, null, "B", null, "B", null, NOW);

        assertEquals("rule.plan.duplicateGoal", assertThrows(RuleViolationException.class,
                () -> plan.addGoal(GoalKind.LEVEL, null, "B", null, "B", null, NOW)).messageKey());
    }

    @Test
    void anItemGoalIsMetWhenTheCurrentProficiencyReachesTheTarget() {
        GoalProgress unrated = GoalProgress.item(Proficiency.INDEPENDENT, null);
        GoalProgress halfway = GoalProgress.item(Proficiency.INDEPENDENT, standing(1, Proficiency.WITH_HELP));
        GoalProgress reached = GoalProgress.item(Proficiency.INDEPENDENT, standing(1, Proficiency.TEACHES_OTHERS));

        assertFalse(unrated.met());
        assertEquals(0, unrated.percent());
        assertEquals(50, halfway.percent());
        assertTrue(reached.met());
        assertEquals(100, reached.percent());
    }

    @Test
    void aLaborFunctionGoalCountsItsItemsAtTheTarget() {
        GoalProgress progress = GoalProgress.laborFunction(Proficiency.INDEPENDENT, List.of(1L, 2L, 3L, 4L),
                Map.of(1L, standing(1, Proficiency.INDEPENDENT), 2L, standing(2, Proficiency.WITH_HELP)));

        assertFalse(progress.met());
        assertEquals(25, progress.percent());
        assertEquals(1, progress.itemsMet());
    }

    @Test
    void aLevelGoalIsMetOnlyByADecision() {
        assertFalse(GoalProgress.level(HeldLevels.of(List.of()), "B").met());
    }

    private static ItemStanding standing(long itemId, Proficiency current) {
        return new ItemStanding(itemId, current, current, false, null);
    }

    private static DevelopmentPlan plan() {
        Person person = new Person("Кузнецов", "Алексей", "Викторович", "a.kuznetsov@example.ru",
                LocalDate.of(2024, 8, 1));
        return new DevelopmentPlan(person, "План развития на 2026 год", "Морозов Игорь Сергеевич", NOW);
    }
}
