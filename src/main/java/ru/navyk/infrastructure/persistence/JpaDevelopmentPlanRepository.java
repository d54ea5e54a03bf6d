package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.development.DevelopmentPlan;
import ru.navyk.domain.development.DevelopmentPlanRepository;
import ru.navyk.domain.development.PlanStatus;

@ApplicationScoped
public class JpaDevelopmentPlanRepository implements DevelopmentPlanRepository {

    private static final List<PlanStatus> ACTIVE = List.of(PlanStatus.DRAFT, PlanStatus.AGREED,
            PlanStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(DevelopmentPlan plan) {
        em.persist(plan);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<DevelopmentPlan> find(long id) {
        return Optional.ofNullable(em.find(DevelopmentPlan.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<DevelopmentPlan> findByPerson(long personId) {
        return em.createQuery("SELECT p FROM DevelopmentPlan p WHERE p.person.id = :person"
                        + " ORDER BY p.createdAt DESC, p.id DESC", DevelopmentPlan.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public List<DevelopmentPlan> findActiveByPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM DevelopmentPlan p WHERE p.person.id IN :people"
                        + " AND p.status IN :active", DevelopmentPlan.class)
                .setParameter("people", List.copyOf(personIds)).setParameter("active", ACTIVE).getResultList();
    }
}
