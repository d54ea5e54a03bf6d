package ru.navyk.domain.probation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.people.PersonScope;

/** Probations with their extensions, reminders sent and final assessments. */
public interface ProbationRepository {

    void add(Probation probation);

    void add(FinalAssessment assessment);

    void add(ProbationReminder reminder);

    Optional<Probation> find(long id);

    /** The person's latest probation. */
    Optional<Probation> findLatestOf(long personId);

    /** Latest probations of these people, keyed by nothing: at most one per person. */
    List<Probation> findLatestOf(Collection<Long> personIds);

    /** Running probations whose planned end is on or before {@code until}. */
    List<Probation> findRunningEndingBy(LocalDate until);

    /** Whether this reminder (same probation, recipient, lead time and end) has been sent. */
    boolean reminderSent(long probationId, long recipientId, int daysBefore, LocalDate plannedEnd);

    /** The probation's final assessments, newest first. */
    List<FinalAssessment> findAssessments(long probationId);

    /** Running probations of people within {@code scope}, soonest end first; at most {@code max}. */
    List<Probation> findRunning(PersonScope scope, int max);
}
