package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.training.TrainingPlan;
import ru.navyk.domain.training.TrainingPlanRepository;

@ApplicationScoped
public class JpaTrainingPlanRepository implements TrainingPlanRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(TrainingPlan plan) {
        em.persist(plan);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<TrainingPlan> find(long id) {
        return Optional.ofNullable(em.find(TrainingPlan.class, id));
    }

    @Override
    public List<TrainingPlan> findByTeams(Collection<Long> teamIds) {
        if (teamIds == null) {
            return em.createQuery("SELECT p FROM TrainingPlan p ORDER BY p.createdAt DESC, p.id DESC",
                    TrainingPlan.class).getResultList();
        }
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM TrainingPlan p WHERE p.team.id IN :teams"
                        + " ORDER BY p.createdAt DESC, p.id DESC", TrainingPlan.class)
                .setParameter("teams", List.copyOf(teamIds)).getResultList();
    }
}
