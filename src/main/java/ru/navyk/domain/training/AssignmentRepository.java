package ru.navyk.domain.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.people.PersonScope;

/** Assignments, their assignees and the reminders sent about them. */
public interface AssignmentRepository {

    void add(TrainingAssignment assignment);

    Optional<TrainingAssignment> find(long id);

    /** Assignments with at least one assignee in the scope, newest first, a page at a time. */
    List<TrainingAssignment> search(PersonScope scope, int first, int max);

    long count(PersonScope scope);

    /** Every assignee row of a person, with assignment and course. */
    List<Assignee> findAssigneesOf(long personId);

    /** Assignee rows of these people, in one query. */
    List<Assignee> findAssigneesOf(Collection<Long> personIds);

    /** Uncompleted assignee rows whose due date is on or before {@code latestDue}, of active people. */
    List<Assignee> findOpenDueBy(LocalDate latestDue);

    void add(TrainingReminder reminder);

    /** Whether this reminder was already written for the assignee. */
    boolean hasReminder(long assigneeId, ReminderKind kind);

    /** A person's reminders, newest first. */
    List<TrainingReminder> findRemindersOf(long personId, int max);
}
