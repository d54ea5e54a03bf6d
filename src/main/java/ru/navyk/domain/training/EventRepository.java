package ru.navyk.domain.training;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Training events with their registrations. */
public interface EventRepository {

    void add(TrainingEvent event);

    Optional<TrainingEvent> find(long id);

    /** Events starting at or after {@code from} (all when {@code null}), soonest first, a page at a time. */
    List<TrainingEvent> search(LocalDateTime from, int first, int max);

    long count(LocalDateTime from);

    /** A person's registrations (not cancelled), with their events. */
    List<EventRegistration> findRegistrationsOf(long personId);
}
