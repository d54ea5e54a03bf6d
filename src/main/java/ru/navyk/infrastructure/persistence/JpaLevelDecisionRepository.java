package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.LevelDecisionRepository;

@ApplicationScoped
public class JpaLevelDecisionRepository implements LevelDecisionRepository {

    private static final String NEWEST_FIRST = " ORDER BY d.decidedOn DESC, d.recordedAt DESC, d.id DESC";

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(LevelDecision decision) {
        em.persist(decision);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public List<LevelDecision> findByPerson(long personId) {
        return em.createQuery("SELECT d FROM LevelDecision d WHERE d.person.id = :person" + NEWEST_FIRST,
                LevelDecision.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<LevelDecision> findByPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM LevelDecision d WHERE d.person.id IN :people" + NEWEST_FIRST,
                LevelDecision.class).setParameter("people", personIds).getResultList();
    }
}
