package ru.navyk.domain.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Learners' progress through courses and their test attempts. */
public interface LearningRepository {

    Optional<CourseProgress> findProgress(long personId, long courseId);

    List<CourseProgress> findProgressOf(long personId);

    /** Progress of these people on any course, in one query. */
    List<CourseProgress> findProgressOf(Collection<Long> personIds);

    void add(CourseProgress progress);

    /**
     * Stores a new attempt at once, so that a second attempt with the same number (two tabs starting together)
     * fails here.
     *
     * @throws ru.navyk.domain.shared.ConcurrentEditException when the number is already taken
     */
    void add(TestAttempt attempt);

    Optional<TestAttempt> findAttempt(long attemptId);

    /** The attempt, locked until the transaction ends, so two submissions of it run one after the other. */
    Optional<TestAttempt> findAttemptForUpdate(long attemptId);

    /** A person's attempts at one course version, oldest first. */
    List<TestAttempt> findAttempts(long personId, long courseVersionId);

    /** A person's attempts at every course, newest first. */
    List<TestAttempt> findAttemptsOf(long personId);
}
