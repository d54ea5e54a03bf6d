package ru.navyk.domain.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface MentorshipRepository {

    /** The people this mentor mentors on {@code day}. */
    Set<Long> traineeIdsOf(long mentorPersonId, LocalDate day);

    Optional<Mentorship> find(long id);

    void add(Mentorship mentorship);

    /** The trainee's mentorships running on {@code day} (at most one, by the no-overlap rule). */
    List<Mentorship> findRunningOf(long traineeId, LocalDate day);

    /** Every mentorship of the trainee, newest first. */
    List<Mentorship> findByTrainee(long traineeId);

    /** Every mentorship of the mentor, newest first, with trainees loaded. */
    List<Mentorship> findByMentor(long mentorPersonId);

    /** How many trainees the mentor mentors on {@code day}. */
    long countRunning(long mentorPersonId, LocalDate day);

    /**
     * Whether a mentorship of the trainee shares a day with the period {@code from}–{@code to} ({@code to} null:
     * open-ended).
     */
    boolean overlaps(long traineeId, LocalDate from, LocalDate to);

    /**
     * Mentorships running on {@code day} or later (not ended before it) whose trainee is within {@code scope}, by
     * trainee name; at most {@code max}.
     */
    List<Mentorship> findCurrent(PersonScope scope, LocalDate day, int max);
}
