package ru.navyk.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.shared.RuleViolationException;

class AssignmentRulesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @Test
    void statusFollowsCompletionStartAndTheDueDate() {
        assertEquals(AssigneeStatus.ASSIGNED, AssigneeStatus.of(false, false, DUE, DUE.minusDays(5)));
        assertEquals(AssigneeStatus.IN_PROGRESS, AssigneeStatus.of(false, true, DUE, DUE));
        assertEquals(AssigneeStatus.OVERDUE, AssigneeStatus.of(false, true, DUE, DUE.plusDays(1)),
                "the day after the due date is late");
        assertEquals(AssigneeStatus.COMPLETED, AssigneeStatus.of(true, true, DUE, DUE.plusDays(10)),
                "a completion stays a completion after the due date");
        assertEquals(AssigneeStatus.ASSIGNED, AssigneeStatus.of(false, false, null, DUE.plusYears(1)),
                "without a due date nothing is late");
    }

    @Test
    void remindersComeThreeDaysBeforeAndAfterTheDueDate() {
        assertEquals(Optional.empty(), TrainingReminder.dueFor(DUE, DUE.minusDays(4)));
        assertEquals(Optional.of(ReminderKind.DUE_SOON), TrainingReminder.dueFor(DUE, DUE.minusDays(3)));
        assertEquals(Optional.of(ReminderKind.DUE_SOON), TrainingReminder.dueFor(DUE, DUE));
        assertEquals(Optional.of(ReminderKind.OVERDUE), TrainingReminder.dueFor(DUE, DUE.plusDays(1)));
        assertEquals(Optional.empty(), TrainingReminder.dueFor(null, DUE));
    }

    @Test
    void anAssignmentListsItsPeopleAndKeepsTheFirstCompletion() {
        CourseVersion version = TrainingFixtures.courseVersion(80, 3, null);
        TrainingAssignment assignment = new TrainingAssignment(version.getCourse(), AssignmentTarget.PEOPLE,
                "Кузнецов, Смирнов", null, DUE, null, "demo.supervisor", null, Instant.EPOCH,
                List.of(TrainingFixtures.person("Кузнецов"), TrainingFixtures.person("Смирнов")));
        Assignee first = assignment.getAssignees().get(0);

        first.complete(DUE.minusDays(2), 7L);
        first.complete(DUE, 9L);

        assertEquals(2, assignment.getAssignees().size());
        assertEquals(DUE.minusDays(2), first.getCompletedOn());
        assertEquals(7L, first.getAttemptId());
        assertTrue(assignment.getAssignees().get(1).getCompletedOn() == null);
    }

    @Test
    void anAssignmentToNobodyIsRefused() {
        CourseVersion version = TrainingFixtures.courseVersion(80, 3, null);
        assertEquals("rule.training.nobodyToAssign", assertThrows(RuleViolationException.class,
                () -> new TrainingAssignment(version.getCourse(), AssignmentTarget.TEAM, "Группа", 1L, DUE, null,
                        "demo.supervisor", null, Instant.EPOCH, List.of())).messageKey());
    }
}
