package ru.navyk.domain.hiring;

/** How a candidate's competencies were checked. */
public enum AssessmentKind {
    /** A structured interview. */
    INTERVIEW,
    /** A practical test: a role-played call, a typing or knowledge test. */
    TEST
}
