package ru.navyk.domain.qualification;

/** Where a level decision was taken. */
public enum DecisionSource {
    /** D/03.5: the final assessment of a trainee at the end of probation. */
    PROBATION_ASSESSMENT,
    /** A manager's qualification review of a person. */
    QUALIFICATION_REVIEW
}
