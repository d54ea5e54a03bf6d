package ru.navyk.domain.probation;

/** What a final assessment decides. */
public enum Decision {
    /** Passed: the trainee attains the qualification level of the profile's generalized function. */
    PASSED,
    /** Extended to a new end date; another assessment follows. */
    EXTENDED,
    /** Not passed. */
    NOT_PASSED
}
