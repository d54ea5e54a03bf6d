package ru.navyk.application.mentoring;

import java.time.LocalDate;
import java.util.Map;

/**
 * A session for the mentor's log.
 *
 * @param ratings proficiency points (0–3) per item code of the trainee's job profile; may be empty for an observation
 *                with a comment only
 */
public record LogForm(Long traineeId, LocalDate heldOn, Integer durationMinutes, Map<String, Integer> ratings,
                      String comment) {

    public LogForm {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
