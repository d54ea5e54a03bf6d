package ru.navyk.domain.training;

/** To whom an assignment was given; the people are resolved when it is made and listed one by one. */
public enum AssignmentTarget {
    /** Everyone whose current position is described by a job profile. */
    JOB_PROFILE,
    /** The current members of a team and of the teams below it. */
    TEAM,
    /** People named one by one. */
    PEOPLE,
    /** A step of a trainee's adaptation plan (onboarding). */
    ADAPTATION_STEP,
    /** An activity of an individual development plan. */
    DEVELOPMENT_ACTIVITY
}
