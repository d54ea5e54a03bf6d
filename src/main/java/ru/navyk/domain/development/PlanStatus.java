package ru.navyk.domain.development;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an individual development plan stands. A plan is drafted by the manager (with the person), agreed, worked
 * through, and finally completed or cancelled; the last two are final and the plan becomes history.
 */
public enum PlanStatus {
    DRAFT,
    AGREED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(AGREED, CANCELLED);
            case AGREED -> EnumSet.of(IN_PROGRESS, COMPLETED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    /** Draft, agreed and in-progress plans are active; a person has at most one active plan. */
    public boolean isActive() {
        return this == DRAFT || this == AGREED || this == IN_PROGRESS;
    }
}
