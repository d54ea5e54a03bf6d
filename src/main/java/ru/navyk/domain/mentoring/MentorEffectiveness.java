package ru.navyk.domain.mentoring;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How effective a mentor has been (D/03.5: «проведение оценки эффективности работы наставника по окончании периода
 * стажировки»), from the outcomes of their trainees and the trainees' own feedback:
 * <ul>
 *   <li><b>items met</b>: per trainee, the share of the job profile's required items the trainee met at the end of
 *       the internship (the probation decision day, else the end of the mentorship, else today); the mentor's figure is
 *       the average over trainees;</li>
 *   <li><b>time to proficiency</b>: days from the start of the mentorship to the first day every required item was
 *       met, for the trainees who got there; the mentor's figure is the average over those;</li>
 *   <li><b>probation pass rate</b>: passed ÷ decided (passed or not passed); pending and extended probations do not
 *       count yet;</li>
 *   <li><b>trainee feedback</b>: the average of the 1–5 ratings. Shown to the mentor only when at least
 *       {@value #MIN_FEEDBACK_FOR_MENTOR} trainees have given feedback, so that no single answer can be recognised;
 *       supervisors and HR see each trainee's answer.</li>
 * </ul>
 */
public final class MentorEffectiveness {

    /** Fewest feedback answers a mentor may see, and then only as an average. */
    public static final int MIN_FEEDBACK_FOR_MENTOR = 3;

    private final List<TraineeOutcome> trainees;

    public MentorEffectiveness(List<TraineeOutcome> trainees) {
        this.trainees = List.copyOf(trainees);
    }

    /**
     * One trainee's outcome.
     *
     * @param itemsMet          required items met at the end of the internship
     * @param daysToProficiency days from the start to all items met, or {@code null} when never reached
     * @param feedbackRating    the trainee's 1–5 rating of the mentor, or {@code null} when none was given
     */
    public record TraineeOutcome(long traineeId, String traineeName, long mentorshipId, int itemsMet,
                                 int itemsRequired, Integer daysToProficiency, ProbationResult probation,
                                 Integer feedbackRating, String feedbackComment) {

        public TraineeOutcome {
            Objects.requireNonNull(probation);
            if (itemsMet < 0 || itemsRequired < 0 || itemsMet > itemsRequired) {
                throw new IllegalArgumentException("items met must be within 0.." + itemsRequired);
            }
        }

        /** Whole percent of required items met (0 when nothing is required). */
        public int percentMet() {
            return itemsRequired == 0 ? 0 : itemsMet * 100 / itemsRequired;
        }
    }

    public List<TraineeOutcome> trainees() {
        return trainees;
    }

    /** Average share of items met over all trainees, in whole percent; empty without trainees. */
    public OptionalDouble averagePercentMet() {
        return trainees.stream().mapToInt(TraineeOutcome::percentMet).average();
    }

    /** Average days to proficiency over the trainees who reached it. */
    public OptionalDouble averageDaysToProficiency() {
        return trainees.stream().filter(t -> t.daysToProficiency() != null)
                .mapToInt(TraineeOutcome::daysToProficiency).average();
    }

    public long reachedProficiency() {
        return trainees.stream().filter(t -> t.daysToProficiency() != null).count();
    }

    public long decided() {
        return trainees.stream().filter(t -> t.probation() == ProbationResult.PASSED
                || t.probation() == ProbationResult.NOT_PASSED).count();
    }

    public long passed() {
        return trainees.stream().filter(t -> t.probation() == ProbationResult.PASSED).count();
    }

    /** Passed ÷ decided in whole percent; empty while nothing is decided. */
    public OptionalDouble passRate() {
        long decided = decided();
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of(passed() * 100.0 / decided);
    }

    public long feedbackCount() {
        return trainees.stream().filter(t -> t.feedbackRating() != null).count();
    }

    /** The average feedback rating, as supervisors and HR see it. */
    public OptionalDouble averageFeedback() {
        return trainees.stream().filter(t -> t.feedbackRating() != null).mapToInt(TraineeOutcome::feedbackRating)
                .average();
    }

    /** Whether the mentor may see the average feedback: only once enough trainees answered. */
    public boolean feedbackVisibleToMentor() {
        return feedbackCount() >= MIN_FEEDBACK_FOR_MENTOR;
    }

    /** The figures as supervisors and HR see them, with each trainee's feedback. */
    public Summary summary() {
        return new Summary(trainees.size(), value(averagePercentMet()), value(averageDaysToProficiency()),
                reachedProficiency(), decided(), passed(), value(passRate()), feedbackCount(),
                value(averageFeedback()), false);
    }

    /** The figures as the mentor sees them: the average feedback only from the threshold on. */
    public Summary summaryForMentor() {
        boolean visible = feedbackVisibleToMentor();
        return new Summary(trainees.size(), value(averagePercentMet()), value(averageDaysToProficiency()),
                reachedProficiency(), decided(), passed(), value(passRate()), feedbackCount(),
                visible ? value(averageFeedback()) : null, !visible);
    }

    /** The trainees' outcomes as the mentor sees them: results, but never an individual feedback answer. */
    public List<TraineeOutcome> outcomesForMentor() {
        return trainees.stream().map(t -> new TraineeOutcome(t.traineeId(), t.traineeName(), t.mentorshipId(),
                t.itemsMet(), t.itemsRequired(), t.daysToProficiency(), t.probation(), null, null)).toList();
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
    }

    /**
     * The mentor's figures; {@code null} where there is nothing to average yet.
     *
     * @param feedbackHidden the average feedback is withheld because fewer than {@value #MIN_FEEDBACK_FOR_MENTOR}
     *                       trainees answered
     */
    public record Summary(int trainees, Double averagePercentMet, Double averageDaysToProficiency,
                          long reachedProficiency, long decided, long passed, Double passRate, long feedbackCount,
                          Double averageFeedback, boolean feedbackHidden) {
    }
}
