package ru.navyk.application.mentoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.mentoring.MentorEffectiveness;
import ru.navyk.domain.mentoring.ProgressOverTime;
import ru.navyk.domain.profile.ProfileProgress;

/** What pages and the API show of the mentor's log, progress and effectiveness. */
public final class MentoringViews {

    private MentoringViews() {
    }

    /** A trainee the caller mentors today. */
    public record TraineeView(long personId, String name, long mentorshipId, LocalDate from, LocalDate to,
                              Integer percent) implements Serializable {
    }

    /**
     * An item the mentor may rate: from the trainee's job profile version, with the proficiency that counts now and
     * the day the mentor's log last touched it.
     */
    public record ItemChoice(long itemId, String code, ItemKind kind, String laborFunctionCode, String text,
                             Proficiency required, Proficiency current, LocalDate lastWorkedOn)
            implements Serializable {
    }

    /** One log entry with the ratings it gave. */
    public record LogEntryView(long id, long traineeId, long mentorId, String mentorName, LocalDate heldOn,
                               int durationMinutes, String comment, List<RatingView> ratings) implements Serializable {
    }

    /** A rating of an item. */
    public record RatingView(String itemCode, String itemText, Proficiency proficiency) implements Serializable {
    }

    /**
     * Progress toward the profile version: now, per labor function and item, and weekly since the start.
     *
     * @param since the first day of the chart (the probation's or mentorship's start, else the hire date)
     */
    public record ProgressView(long personId, String personName, long profileVersionId, String profileTitle,
                               LocalDate since, ProfileProgress now, List<ProgressOverTime.Point> weekly)
            implements Serializable {
    }

    /** A mentor's effectiveness report, as the caller may see it. */
    public record EffectivenessView(long mentorId, String mentorName, MentorEffectiveness.Summary summary,
                                    List<MentorEffectiveness.TraineeOutcome> trainees, boolean ownReport) {
    }

    /** A mentorship on which the caller, its trainee, may give feedback. */
    public record FeedbackChoice(long mentorshipId, String mentorName, LocalDate from, LocalDate to,
                                 boolean open, Integer givenRating) implements Serializable {
    }
}
