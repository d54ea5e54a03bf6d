package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.training.CourseProgress;
import ru.navyk.domain.training.LearningRepository;
import ru.navyk.domain.training.TestAttempt;

@ApplicationScoped
public class JpaLearningRepository implements LearningRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public Optional<CourseProgress> findProgress(long personId, long courseId) {
        return em.createQuery("SELECT p FROM CourseProgress p WHERE p.person.id = :person AND p.course.id = :course",
                        CourseProgress.class)
                .setParameter("person", personId).setParameter("course", courseId).getResultStream().findFirst();
    }

    @Override
    public List<CourseProgress> findProgressOf(long personId) {
        return em.createQuery("SELECT p FROM CourseProgress p WHERE p.person.id = :person ORDER BY p.startedAt DESC",
                CourseProgress.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<CourseProgress> findProgressOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM CourseProgress p WHERE p.person.id IN :people", CourseProgress.class)
                .setParameter("people", List.copyOf(personIds)).getResultList();
    }

    @Override
    public void add(CourseProgress progress) {
        em.persist(progress);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public void add(TestAttempt attempt) {
        try {
            em.persist(attempt);
            em.flush(); // the unique (person, version, number) key decides a race between two starts here
        } catch (PersistenceException e) {
            throw new ConcurrentEditException("TestAttempt");
        }
    }

    @Override
    public Optional<TestAttempt> findAttempt(long attemptId) {
        return Optional.ofNullable(em.find(TestAttempt.class, attemptId));
    }

    @Override
    public Optional<TestAttempt> findAttemptForUpdate(long attemptId) {
        return Optional.ofNullable(em.find(TestAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<TestAttempt> findAttempts(long personId, long courseVersionId) {
        return em.createQuery("SELECT a FROM TestAttempt a WHERE a.person.id = :person"
                        + " AND a.courseVersion.id = :version ORDER BY a.number", TestAttempt.class)
                .setParameter("person", personId).setParameter("version", courseVersionId).getResultList();
    }

    @Override
    public List<TestAttempt> findAttemptsOf(long personId) {
        return em.createQuery("SELECT a FROM TestAttempt a JOIN FETCH a.courseVersion WHERE a.person.id = :person"
                + " ORDER BY a.startedAt DESC, a.id DESC", TestAttempt.class).setParameter("person", personId)
                .getResultList();
    }
}
