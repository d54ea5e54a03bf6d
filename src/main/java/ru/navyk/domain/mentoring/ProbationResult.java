package ru.navyk.domain.mentoring;

/** How a trainee's probation stands, as the mentor's effectiveness reads it. */
public enum ProbationResult {
    /** No decision yet. */
    PENDING,
    /** Extended; the decision is still to come. */
    EXTENDED,
    PASSED,
    NOT_PASSED
}
