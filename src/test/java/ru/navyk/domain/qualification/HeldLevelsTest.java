package ru.navyk.domain.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.qualification.LevelDecision.Outcome;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.testsupport.ModelFixtures;

class HeldLevelsTest {

    private final ModelFixtures model = new ModelFixtures();
    private final GeneralizedFunction d = new GeneralizedFunction(model.version, "D", 4, 5, "3.4", "Руководство");
    private final Person person = new Person("Кузнецов", "Алексей", null, "a@example.ru", LocalDate.of(2024, 1, 1));

    @Test
    void aLevelIsHeldOnlyByAGrantingDecisionAtTheFunctionsLevel() {
        HeldLevels levels = HeldLevels.of(List.of(decision(model.a, Outcome.GRANTED, LocalDate.of(2025, 4, 1), 0)));

        assertTrue(levels.holds("A"));
        assertFalse(levels.holds("D"));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 1)), levels.heldSince("A"));
        assertEquals(Optional.of(3), levels.highestLevel());
        assertEquals(3, levels.holding("A").orElseThrow().getLevel(), "A is a level-3 function");
    }

    @Test
    void aLaterWithdrawalEndsTheHolding() {
        HeldLevels levels = HeldLevels.of(List.of(
                decision(model.a, Outcome.GRANTED, LocalDate.of(2025, 4, 1), 0),
                decision(model.a, Outcome.WITHDRAWN, LocalDate.of(2025, 9, 1), 0)));

        assertFalse(levels.holds("A"));
        assertEquals(Optional.empty(), levels.highestLevel());
    }

    @Test
    void onTheSameDayTheLaterRecordedDecisionCounts() {
        HeldLevels levels = HeldLevels.of(List.of(
                decision(d, Outcome.WITHDRAWN, LocalDate.of(2025, 9, 1), 0),
                decision(d, Outcome.GRANTED, LocalDate.of(2025, 9, 1), 30),
                decision(model.a, Outcome.GRANTED, LocalDate.of(2024, 9, 1), 0)));

        assertTrue(levels.holds("D"));
        assertEquals(List.of("A", "D"), levels.functionCodes());
        assertEquals(Optional.of(5), levels.highestLevel());
    }

    @Test
    void aDecisionNeedsAReason() {
        assertThrows(RuleViolationException.class, () -> new LevelDecision(person, model.a, Outcome.GRANTED,
                DecisionSource.QUALIFICATION_REVIEW, null, null, "Морозов И. С.", LocalDate.of(2025, 1, 1), " ",
                Instant.EPOCH));
    }

    private LevelDecision decision(GeneralizedFunction function, Outcome outcome, LocalDate on, int seconds) {
        return new LevelDecision(person, function, outcome, DecisionSource.QUALIFICATION_REVIEW, null, null,
                "Морозов И. С.", on, "Итоги квалификационной оценки", Instant.EPOCH.plusSeconds(seconds));
    }
}
