package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.CourseImportAttempt;
import ru.navyk.domain.training.CourseRepository;
import ru.navyk.domain.training.CourseVersion;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(Course course) {
        em.persist(course);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<Course> find(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public Optional<Course> findBySlug(String slug) {
        return em.createQuery("SELECT c FROM Course c WHERE c.slug = :slug", Course.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public List<Course> findAll() {
        return em.createQuery("SELECT DISTINCT c FROM Course c LEFT JOIN FETCH c.versions ORDER BY c.slug",
                Course.class).getResultList();
    }

    @Override
    public Optional<CourseVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(CourseVersion.class, versionId));
    }

    @Override
    public void record(CourseImportAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public List<CourseImportAttempt> findRecentImports(int max) {
        return em.createQuery("SELECT a FROM CourseImportAttempt a ORDER BY a.attemptedAt DESC, a.id DESC",
                CourseImportAttempt.class).setMaxResults(max).getResultList();
    }
}
