package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.training.EventRegistration;
import ru.navyk.domain.training.EventRepository;
import ru.navyk.domain.training.RegistrationStatus;
import ru.navyk.domain.training.TrainingEvent;

@ApplicationScoped
public class JpaEventRepository implements EventRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(TrainingEvent event) {
        em.persist(event);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<TrainingEvent> find(long id) {
        return Optional.ofNullable(em.find(TrainingEvent.class, id));
    }

    @Override
    public List<TrainingEvent> search(LocalDateTime from, int first, int max) {
        TypedQuery<TrainingEvent> query = em.createQuery("SELECT e FROM TrainingEvent e"
                + (from == null ? "" : " WHERE e.startsAt >= :from") + " ORDER BY e.startsAt, e.id",
                TrainingEvent.class);
        if (from != null) {
            query.setParameter("from", from);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(LocalDateTime from) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM TrainingEvent e"
                + (from == null ? "" : " WHERE e.startsAt >= :from"), Long.class);
        if (from != null) {
            query.setParameter("from", from);
        }
        return query.getSingleResult();
    }

    @Override
    public List<EventRegistration> findRegistrationsOf(long personId) {
        return em.createQuery("SELECT r FROM EventRegistration r JOIN FETCH r.event e WHERE r.person.id = :person"
                        + " AND r.status <> :cancelled ORDER BY e.startsAt DESC", EventRegistration.class)
                .setParameter("person", personId).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList();
    }
}
