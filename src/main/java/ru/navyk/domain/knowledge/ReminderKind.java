package ru.navyk.domain.knowledge;

/** The scheduled reminders an open obligation gets, each at most once. */
public enum ReminderKind {
    /** The day before the deadline (or on publication, when the deadline is that close). */
    BEFORE_DEADLINE,
    /** The day after the deadline passed. */
    OVERDUE
}
