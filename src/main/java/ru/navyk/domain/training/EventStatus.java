package ru.navyk.domain.training;

/** An event is planned until the trainer marks attendance (held) or it is cancelled. */
public enum EventStatus {
    PLANNED, HELD, CANCELLED
}
