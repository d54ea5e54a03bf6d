package ru.navyk.domain.onboarding;

/** Who ticks a step off: only someone in this role towards the trainee may mark it done. */
public enum ResponsibleRole {
    /** The new employee themselves. */
    TRAINEE,
    /** The trainee's mentor of a running mentorship. */
    MENTOR,
    /** A manager of the trainee's team. */
    SUPERVISOR,
    /** HR. */
    HR
}
