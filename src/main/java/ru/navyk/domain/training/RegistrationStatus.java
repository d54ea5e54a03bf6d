package ru.navyk.domain.training;

/** A person's place at an event. */
public enum RegistrationStatus {
    /** Has a seat. */
    REGISTERED,
    /** Waits for a seat; promoted in order of registration when someone cancels. */
    WAITLISTED,
    /** Gave up the place (or the seat). */
    CANCELLED
}
