package ru.navyk.domain.knowledge;

/** The ways an acknowledgement campaign names its audience; see {@link Audience} for what each one means. */
public enum AudienceKind {
    TEAM,
    LABOR_FUNCTION,
    PERSON,
    POSITION
}
