package ru.navyk.application.probation;

import java.time.LocalDate;
import java.util.Map;
import ru.navyk.domain.probation.Decision;

/**
 * A supervisor's final assessment as entered.
 *
 * @param ratings proficiency points (0–3) per labor function code of the probation's profile version
 * @param newEnd  for {@link Decision#EXTENDED}: the new end of the probation
 * @param reason  the conclusion, in the supervisor's words
 */
public record AssessmentForm(Map<String, Integer> ratings, Decision decision, LocalDate newEnd, String reason) {

    public AssessmentForm {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
