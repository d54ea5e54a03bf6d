package ru.navyk.domain.training;

/** Where a test attempt stands. */
public enum AttemptStatus {
    /** Started, not submitted, time (if limited) not yet up. */
    IN_PROGRESS,
    /** Submitted in time and scored. */
    SUBMITTED,
    /** The time limit ran out before a submission: scored 0, counts as an attempt. */
    EXPIRED
}
