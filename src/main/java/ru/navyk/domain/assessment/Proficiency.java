package ru.navyk.domain.assessment;

import java.util.Arrays;

/**
 * The portal's one proficiency scale, used by every assessment in Navyk (interviews, mentor logs, probation, reviews,
 * course results). Each step says what the person shows on the job; the descriptions live in the message bundle
 * under {@code Proficiency.<NAME>} and {@code Proficiency.<NAME>.description}.
 */
public enum Proficiency {
    /** 0: the action, skill or knowledge has not been shown. */
    NOT_SHOWN(0),
    /** 1: shown with help or prompting (a mentor, a script, a checklist). */
    WITH_HELP(1),
    /** 2: shown independently and reliably, to the centre's standard. */
    INDEPENDENT(2),
    /** 3: shown at a level that lets the person teach and coach others. */
    TEACHES_OTHERS(3);

    public static final int MAX = 3;

    private final int points;

    Proficiency(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    /** The step with these points. */
    public static Proficiency of(int points) {
        return Arrays.stream(values()).filter(step -> step.points == points).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Proficiency must be 0–3, was " + points));
    }

    /** One step lower, never below {@link #NOT_SHOWN}. */
    public Proficiency lower() {
        return this == NOT_SHOWN ? NOT_SHOWN : of(points - 1);
    }

    public boolean meets(Proficiency required) {
        return points >= required.points;
    }
}
