package ru.navyk.domain.training;

/** Reminders about an assigned course; each is sent at most once per assignee. */
public enum ReminderKind {
    /** The due date is at most {@value ru.navyk.domain.training.TrainingReminder#DUE_SOON_DAYS} days away. */
    DUE_SOON,
    /** The due date has passed and the course is not completed. */
    OVERDUE
}
