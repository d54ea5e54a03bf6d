package ru.navyk.domain.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

public interface MentorshipRepository {

    /** The people this mentor mentors on {@code day}. */
    Set<Long> traineeIdsOf(long mentorPersonId, LocalDate day);

    Optional<Mentorship> find(long id);

    void add(Mentorship mentorship);
}
