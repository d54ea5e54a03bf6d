package ru.navyk.application.hiring;

import java.time.LocalDate;
import java.util.List;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.hiring.AssessmentKind;

/**
 * An interview or test as HR records it. The interviewer is an employee ({@code interviewerPersonId}) or, for an
 * external recruiter, a name; with neither, the recording HR officer is the interviewer.
 *
 * @param ratings the items checked, each rated once; items not checked are simply left out
 */
public record AssessmentForm(AssessmentKind kind, LocalDate heldOn, Long interviewerPersonId,
                             String interviewerName, String notes, List<RatingEntry> ratings) {

    public AssessmentForm {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    /** One checked item of the vacancy's profile. */
    public record RatingEntry(Long itemId, Proficiency proficiency, String note) {
    }
}
