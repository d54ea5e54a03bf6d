package ru.navyk.domain.probation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.RuleViolationException;

class ProbationTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = START.plusMonths(3);

    private final Person trainee = new Person("Белов", "Никита", null, "b@example.ru", START);
    private final ReminderSchedule schedule = new ReminderSchedule(List.of(3, 14));

    @Test
    void theFourteenDayReminderIsDueFromFourteenDaysBeforeTheEndAndTheThreeDayOneFromThree() {
        Probation probation = probation();

        assertEquals(Optional.empty(), schedule.dueOn(probation, END.minusDays(15)));
        assertEquals(Optional.of(14), schedule.dueOn(probation, END.minusDays(14)));
        assertEquals(Optional.of(14), schedule.dueOn(probation, END.minusDays(4)));
        assertEquals(Optional.of(3), schedule.dueOn(probation, END.minusDays(3)));
        assertEquals(Optional.of(3), schedule.dueOn(probation, END), "on the last day still");
        assertEquals(Optional.empty(), schedule.dueOn(probation, END.plusDays(1)));
    }

    @Test
    void aDecidedProbationIsRemindedOfNoMore() {
        Probation probation = probation();
        probation.conclude(true, END.minusDays(5));

        assertEquals(Optional.empty(), schedule.dueOn(probation, END.minusDays(3)));
        assertEquals(ProbationStatus.PASSED, probation.getStatus());
        assertThrows(RuleViolationException.class, () -> probation.conclude(false, END));
        assertThrows(RuleViolationException.class, () -> probation.extend(END.plusDays(30), "ещё", "Морозов",
                Instant.EPOCH));
    }

    @Test
    void anExtensionMovesTheEndKeepsItsHistoryAndBringsNewReminders() {
        Probation probation = probation();

        probation.extend(END.plusMonths(1), "Мало практики с жалобами", "Морозов Игорь Сергеевич", Instant.EPOCH);

        assertEquals(END.plusMonths(1), probation.getPlannedEnd());
        ProbationExtension extension = probation.getExtensions().get(0);
        assertEquals(END, extension.getPreviousEnd());
        assertEquals("Мало практики с жалобами", extension.getReason());
        assertEquals(Optional.empty(), schedule.dueOn(probation, END.minusDays(3)), "the old end no longer counts");
        assertEquals(Optional.of(14), schedule.dueOn(probation, END.plusMonths(1).minusDays(10)));
    }

    @Test
    void anExtensionNeedsALaterEndAndAReason() {
        Probation probation = probation();

        assertThrows(RuleViolationException.class, () -> probation.extend(END, "причина", "x", Instant.EPOCH));
        assertThrows(RuleViolationException.class, () -> probation.extend(END.plusDays(5), " ", "x",
                Instant.EPOCH));
        assertThrows(RuleViolationException.class, () -> new Probation(trainee, null, START, START, Instant.EPOCH));
        assertTrue(probation.getExtensions().isEmpty());
    }

    private Probation probation() {
        return new Probation(trainee, null, START, END, Instant.EPOCH);
    }
}
