package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.EvidenceSource;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    private static final String NEWEST_FIRST = " ORDER BY e.ratedOn DESC, e.recordedAt DESC, e.id DESC";

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public List<Evidence> findByPerson(long personId) {
        return em.createQuery("SELECT e FROM Evidence e JOIN FETCH e.item i JOIN FETCH i.laborFunction"
                        + " WHERE e.person.id = :person" + NEWEST_FIRST, Evidence.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public List<Evidence> findByPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Evidence e WHERE e.person.id IN :people" + NEWEST_FIRST,
                        Evidence.class)
                .setParameter("people", personIds)
                // Thousands of ratings per page of a view: not copied into the persistence context nor compared
                // for changes at commit (measured: a third of a team matrix request).
                .setHint("eclipselink.read-only", Boolean.TRUE)
                // The few distinct items once each, instead of joined into every rating's row.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.item")
                .setHint("eclipselink.batch", "e.item.laborFunction")
                .getResultList();
    }

    @Override
    public List<Evidence> findBySource(EvidenceSource source, long sourceId) {
        return em.createQuery("SELECT e FROM Evidence e JOIN FETCH e.item WHERE e.source = :source"
                        + " AND e.sourceId = :sourceId" + NEWEST_FIRST, Evidence.class)
                .setParameter("source", source).setParameter("sourceId", sourceId).getResultList();
    }
}
