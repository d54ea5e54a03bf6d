package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.mentoring.MentorLogEntry;
import ru.navyk.domain.mentoring.MentorLogRepository;
import ru.navyk.domain.mentoring.TraineeFeedback;

@ApplicationScoped
public class JpaMentorLogRepository implements MentorLogRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(MentorLogEntry entry) {
        em.persist(entry);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public void add(TraineeFeedback feedback) {
        em.persist(feedback);
        em.flush();
    }

    @Override
    public Optional<MentorLogEntry> find(long id) {
        return Optional.ofNullable(em.find(MentorLogEntry.class, id));
    }

    @Override
    public List<MentorLogEntry> findByTrainee(long traineeId) {
        return em.createQuery("SELECT e FROM MentorLogEntry e JOIN FETCH e.mentor WHERE e.trainee.id = :trainee"
                        + " ORDER BY e.heldOn DESC, e.id DESC", MentorLogEntry.class)
                .setParameter("trainee", traineeId).getResultList();
    }

    @Override
    public Optional<TraineeFeedback> findFeedback(long mentorshipId) {
        return em.createQuery("SELECT f FROM TraineeFeedback f WHERE f.mentorship.id = :mentorship",
                        TraineeFeedback.class)
                .setParameter("mentorship", mentorshipId).getResultStream().findFirst();
    }

    @Override
    public List<TraineeFeedback> findFeedbackFor(Collection<Long> mentorshipIds) {
        if (mentorshipIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f FROM TraineeFeedback f WHERE f.mentorship.id IN :ids", TraineeFeedback.class)
                .setParameter("ids", mentorshipIds).getResultList();
    }
}
