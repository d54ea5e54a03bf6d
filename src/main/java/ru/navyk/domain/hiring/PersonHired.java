package ru.navyk.domain.hiring;

/**
 * Fired (as a CDI event, inside the hire's transaction) when a candidate has become an employee: the new person, the
 * candidate they were, the job profile version they were assessed against and hired into, and the mentor HR chose,
 * if any. Onboarding observes it to start the adaptation plan (D/03.5); an observer that must not roll the hire back
 * observes with {@code during = TransactionPhase.AFTER_SUCCESS}.
 *
 * @param mentorPersonId the mentor chosen at hire, or {@code null}
 */
public record PersonHired(long personId, long candidateId, long profileVersionId, Long mentorPersonId) {
}
