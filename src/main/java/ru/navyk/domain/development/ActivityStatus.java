package ru.navyk.domain.development;

/** Whether an activity has been done. */
public enum ActivityStatus {
    PLANNED,
    DONE,
    CANCELLED
}
