package ru.navyk.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.RuleViolationException;

class TrainingEventTest {

    private static final LocalDateTime STARTS = LocalDateTime.of(2026, 3, 12, 10, 0);
    private static final LocalDateTime BEFORE = STARTS.minusDays(2);

    private final Person trainer = TrainingFixtures.person("Павлова");
    private final Person anna = TrainingFixtures.person("Анна");
    private final Person boris = TrainingFixtures.person("Борис");
    private final Person vera = TrainingFixtures.person("Вера");

    private TrainingEvent event(int capacity) {
        return new TrainingEvent(new TrainingEvent.Details(EventKind.CLASSROOM, "Практикум по жалобам", null, STARTS,
                120, "Класс", capacity, null, Proficiency.WITH_HELP), trainer, List.of(), "demo.supervisor",
                Instant.EPOCH);
    }

    @Test
    void seatsGoInOrderThenTheWaitingListAndACancelledSeatGoesToTheLongestWaiting() {
        TrainingEvent event = event(1);

        assertEquals(RegistrationStatus.REGISTERED, event.register(anna, "anna", Instant.ofEpochSecond(1), BEFORE)
                .getStatus());
        assertEquals(RegistrationStatus.WAITLISTED, event.register(boris, "boris", Instant.ofEpochSecond(2), BEFORE)
                .getStatus());
        assertEquals(RegistrationStatus.WAITLISTED, event.register(vera, "vera", Instant.ofEpochSecond(3), BEFORE)
                .getStatus());
        assertEquals(0, event.freeSeats());

        EventRegistration promoted = event.cancel(anna.getId(), BEFORE).orElseThrow();

        assertEquals(boris, promoted.getPerson());
        assertEquals(List.of(boris), event.participants().stream().map(EventRegistration::getPerson).toList());
        assertEquals(List.of(vera), event.waitingList().stream().map(EventRegistration::getPerson).toList());
        assertEquals(1, event.getRegisteredCount());
    }

    @Test
    void leavingTheWaitingListPromotesNobody() {
        TrainingEvent event = event(1);
        event.register(anna, "anna", Instant.ofEpochSecond(1), BEFORE);
        event.register(boris, "boris", Instant.ofEpochSecond(2), BEFORE);

        assertTrue(event.cancel(boris.getId(), BEFORE).isEmpty());
        assertEquals(1, event.getRegisteredCount());
    }

    @Test
    void registeringTwiceOrAfterTheStartIsRefusedButACancelledPersonMayComeBack() {
        TrainingEvent event = event(5);
        event.register(anna, "anna", Instant.ofEpochSecond(1), BEFORE);

        assertEquals("rule.training.alreadyRegistered", assertThrows(RuleViolationException.class,
                () -> event.register(anna, "anna", Instant.ofEpochSecond(2), BEFORE)).messageKey());
        assertEquals("rule.training.registrationClosed", assertThrows(RuleViolationException.class,
                () -> event.register(boris, "boris", Instant.ofEpochSecond(2), STARTS)).messageKey());

        event.cancel(anna.getId(), BEFORE);
        assertEquals(RegistrationStatus.REGISTERED, event.register(anna, "anna", Instant.ofEpochSecond(3), BEFORE)
                .getStatus());
        assertEquals(1, event.getRegisteredCount());
    }

    @Test
    void attendanceHoldsTheEventAndOnlyThoseWhoAttendedGiveFeedback() {
        TrainingEvent event = event(5);
        EventRegistration annaSeat = event.register(anna, "anna", Instant.ofEpochSecond(1), BEFORE);
        EventRegistration borisSeat = event.register(boris, "boris", Instant.ofEpochSecond(2), BEFORE);

        event.markAttendance(anna.getId(), true, null);
        event.markAttendance(boris.getId(), false, Proficiency.INDEPENDENT);

        assertEquals(EventStatus.HELD, event.getStatus());
        assertEquals(null, borisSeat.getTrainerRating(), "no rating for someone absent");
        annaSeat.giveFeedback(5, "Полезно");
        assertEquals(5, annaSeat.getFeedbackRating());
        assertEquals("rule.training.feedbackNotAttended", assertThrows(RuleViolationException.class,
                () -> borisSeat.giveFeedback(4, null)).messageKey());
        assertEquals("rule.training.feedbackRating", assertThrows(RuleViolationException.class,
                () -> annaSeat.giveFeedback(6, null)).messageKey());
    }
}
