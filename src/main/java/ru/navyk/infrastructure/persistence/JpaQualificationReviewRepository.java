package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.qualification.QualificationReview;
import ru.navyk.domain.qualification.QualificationReviewRepository;

@ApplicationScoped
public class JpaQualificationReviewRepository implements QualificationReviewRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(QualificationReview review) {
        em.persist(review);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<QualificationReview> find(long id) {
        return Optional.ofNullable(em.find(QualificationReview.class, id));
    }

    @Override
    public List<QualificationReview> findByPerson(long personId) {
        return em.createQuery("SELECT r FROM QualificationReview r WHERE r.person.id = :person"
                        + " ORDER BY r.startedAt DESC, r.id DESC", QualificationReview.class)
                .setParameter("person", personId).getResultList();
    }
}
