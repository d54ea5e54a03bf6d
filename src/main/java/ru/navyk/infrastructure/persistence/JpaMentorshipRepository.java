package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;

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
}
