package ru.navyk.domain.knowledge;

/** The ways an acknowledgement campaign names its audience; see {@link Audience} for what each one means. */
public enum AudienceKind {
    JOB_PROFILE,
    TEAM,
    LABOR_FUNCTION,
    PERSON,
    POSITION
}
