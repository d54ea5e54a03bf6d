package ru.navyk.domain.development;

/** How a goal is worked towards. */
public enum ActivityKind {
    TRAINING,
    MENTORING,
    READING,
    PRACTICE,
    COURSE
}
