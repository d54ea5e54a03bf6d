package ru.navyk.domain.qualification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a person's next upskilling is due. The standard recommends upskilling «не реже одного раза в три года» for
 * every generalized function ({@code upskillingEveryYears} in the model); a recommendation, so it never affects
 * eligibility, but managers and HR see who is due and who is overdue. See {@link EligibilityRules#upskilling}.
 *
 * @param lastUpskilledOn the last completed upskilling or retraining, or {@code null} if none
 * @param countedFrom     the day the period runs from: the last upskilling, else the hire date
 * @param dueOn           {@code countedFrom} plus the period; {@code null} when the standard states no period
 */
public record UpskillingClock(LocalDate lastUpskilledOn, LocalDate countedFrom, LocalDate dueOn, Status status,
                              LocalDate asOf) {

    /** How far before the due day a person counts as "due soon". */
    public static final int DUE_SOON_DAYS = 90;

    public enum Status {
        /** The standard (or the model) states no period. */
        NOT_APPLICABLE,
        /** Due more than {@value UpskillingClock#DUE_SOON_DAYS} days from today. */
        CURRENT,
        /** Due within {@value UpskillingClock#DUE_SOON_DAYS} days, today included. */
        DUE_SOON,
        /** The due day has passed. */
        OVERDUE
    }

    public boolean overdue() {
        return status == Status.OVERDUE;
    }

    /** Days past the due day (0 unless overdue). */
    public long daysOverdue() {
        return overdue() ? ChronoUnit.DAYS.between(dueOn, asOf) : 0;
    }
}
