package ru.navyk.domain.probation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder of a probation's end is due on a day: of the configured lead times (e.g. 14 and 3 days), the
 * shortest one whose day has come, while the probation runs and up to its end. Only that one: a probation created
 * (or extended) a few days before its end gets the 3-day reminder, not a stale 14-day one as well.
 */
public final class ReminderSchedule {

    private final List<Integer> daysBefore;

    public ReminderSchedule(List<Integer> daysBefore) {
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("lead times must be zero or more days: " + daysBefore);
        }
        this.daysBefore = daysBefore.stream().distinct().sorted().toList();
    }

    /** The lead time whose reminder is due on {@code today}, if any. */
    public Optional<Integer> dueOn(Probation probation, LocalDate today) {
        if (!probation.isRunning() || today.isAfter(probation.getPlannedEnd())) {
            return Optional.empty();
        }
        long left = probation.daysLeft(today);
        return daysBefore.stream().filter(d -> left <= d).findFirst();
    }

    public List<Integer> daysBefore() {
        return daysBefore;
    }
}
