package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.training.TrainingRequest;
import ru.navyk.domain.training.TrainingRequestRepository;

@ApplicationScoped
public class JpaTrainingRequestRepository implements TrainingRequestRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(TrainingRequest request) {
        em.persist(request);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<TrainingRequest> find(long id) {
        return Optional.ofNullable(em.find(TrainingRequest.class, id));
    }

    @Override
    public List<TrainingRequest> findRecent(int max) {
        return em.createQuery("SELECT r FROM TrainingRequest r ORDER BY r.createdAt DESC, r.id DESC",
                TrainingRequest.class).setMaxResults(max).getResultList();
    }
}
