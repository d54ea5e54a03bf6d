package ru.navyk.domain.training;

import java.time.LocalDate;

/**
 * Where one assigned person stands on an assigned course:
 * <ul>
 *   <li>{@code COMPLETED} — they passed the course's test (on any version) after or before it was assigned;</li>
 *   <li>{@code OVERDUE} — not completed and the due date has passed (the due day itself still counts as in time);</li>
 *   <li>{@code IN_PROGRESS} — not completed, started (a lesson read or an attempt made);</li>
 *   <li>{@code ASSIGNED} — nothing done yet.</li>
 * </ul>
 */
public enum AssigneeStatus {
    ASSIGNED, IN_PROGRESS, COMPLETED, OVERDUE;

    public static AssigneeStatus of(boolean completed, boolean started, LocalDate dueOn, LocalDate today) {
        if (completed) {
            return COMPLETED;
        }
        if (dueOn != null && today.isAfter(dueOn)) {
            return OVERDUE;
        }
        return started ? IN_PROGRESS : ASSIGNED;
    }
}
