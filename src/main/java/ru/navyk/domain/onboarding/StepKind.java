package ru.navyk.domain.onboarding;

/** What a step of an adaptation plan asks for. */
public enum StepKind {
    /** Read material (an article or course of {@code content/}). */
    READ,
    /** Listen in on an experienced colleague's calls. */
    SHADOW,
    /** Take first calls with the mentor beside. */
    CALLS_WITH_MENTOR,
    /** Pass a test. */
    TEST,
    /** Meet someone (the supervisor, HR). */
    MEETING,
    OTHER
}
