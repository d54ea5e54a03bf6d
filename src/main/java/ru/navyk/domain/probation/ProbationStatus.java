package ru.navyk.domain.probation;

/** Where a probation stands. An extension keeps it running with a later end. */
public enum ProbationStatus {
    RUNNING,
    PASSED,
    NOT_PASSED
}
