package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.PersonScope;

@ApplicationScoped
public class JpaMentorshipRepository implements MentorshipRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public Set<Long> traineeIdsOf(long mentorPersonId, LocalDate day) {
        return new HashSet<>(em.createQuery("SELECT m.trainee.id FROM Mentorship m WHERE m.mentor.id = :mentor"
                        + " AND m.startedOn <= :day AND (m.endedOn IS NULL OR m.endedOn >= :day)", Long.class)
                .setParameter("mentor", mentorPersonId).setParameter("day", day).getResultList());
    }

    @Override
    public Optional<Mentorship> find(long id) {
        return Optional.ofNullable(em.find(Mentorship.class, id));
    }

    @Override
    public void add(Mentorship mentorship) {
        em.persist(mentorship);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public List<Mentorship> findRunningOf(long traineeId, LocalDate day) {
        return em.createQuery("SELECT m FROM Mentorship m WHERE m.trainee.id = :trainee"
                        + " AND m.startedOn <= :day AND (m.endedOn IS NULL OR m.endedOn >= :day)"
                        + " ORDER BY m.startedOn DESC", Mentorship.class)
                .setParameter("trainee", traineeId).setParameter("day", day).getResultList();
    }

    @Override
    public List<Mentorship> findByTrainee(long traineeId) {
        return em.createQuery("SELECT m FROM Mentorship m JOIN FETCH m.mentor WHERE m.trainee.id = :trainee"
                        + " ORDER BY m.startedOn DESC, m.id DESC", Mentorship.class)
                .setParameter("trainee", traineeId).getResultList();
    }

    @Override
    public List<Mentorship> findByMentor(long mentorPersonId) {
        return em.createQuery("SELECT m FROM Mentorship m JOIN FETCH m.trainee WHERE m.mentor.id = :mentor"
                        + " ORDER BY m.startedOn DESC, m.id DESC", Mentorship.class)
                .setParameter("mentor", mentorPersonId).getResultList();
    }

    @Override
    public long countRunning(long mentorPersonId, LocalDate day) {
        return em.createQuery("SELECT COUNT(m) FROM Mentorship m WHERE m.mentor.id = :mentor"
                        + " AND m.startedOn <= :day AND (m.endedOn IS NULL OR m.endedOn >= :day)", Long.class)
                .setParameter("mentor", mentorPersonId).setParameter("day", day).getSingleResult();
    }

    @Override
    public boolean overlaps(long traineeId, LocalDate from, LocalDate to) {
        // Two periods share a day when each starts before (or on) the other's end; an open end never comes.
        String startsBeforeNewEnd = to == null ? "" : " AND m.startedOn <= :to";
        var query = em.createQuery("SELECT COUNT(m) FROM Mentorship m WHERE m.trainee.id = :trainee"
                + " AND (m.endedOn IS NULL OR m.endedOn >= :from)" + startsBeforeNewEnd, Long.class)
                .setParameter("trainee", traineeId).setParameter("from", from);
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getSingleResult() > 0;
    }

    @Override
    public List<Mentorship> findCurrent(PersonScope scope, LocalDate day, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        PersonScope visible = ScopeCondition.narrowed(em, scope);
        var query = em.createQuery("SELECT m FROM Mentorship m JOIN FETCH m.trainee t JOIN FETCH m.mentor"
                        + ScopeCondition.join("m.traineeId", visible)
                        + " WHERE (m.endedOn IS NULL OR m.endedOn >= :day)"
                        + ScopeCondition.andCondition("m.traineeId", visible)
                        + " ORDER BY t.lastName, t.firstName, m.startedOn", Mentorship.class)
                .setParameter("day", day).setMaxResults(max);
        ScopeCondition.bind(query, visible);
        return query.getResultList();
    }
}
