package ru.navyk.domain.mentoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The mentor's log and the trainees' feedback; both are appended, never changed. */
public interface MentorLogRepository {

    void add(MentorLogEntry entry);

    void add(TraineeFeedback feedback);

    Optional<MentorLogEntry> find(long id);

    /** The trainee's log entries, newest first. */
    List<MentorLogEntry> findByTrainee(long traineeId);

    Optional<TraineeFeedback> findFeedback(long mentorshipId);

    /** Feedback given on any of these mentorships. */
    List<TraineeFeedback> findFeedbackFor(Collection<Long> mentorshipIds);
}
