package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.probation.FinalAssessment;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationReminder;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.probation.ProbationStatus;

@ApplicationScoped
public class JpaProbationRepository implements ProbationRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(Probation probation) {
        em.persist(probation);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public void add(FinalAssessment assessment) {
        em.persist(assessment);
        em.flush();
    }

    @Override
    public void add(ProbationReminder reminder) {
        em.persist(reminder);
        em.flush();
    }

    @Override
    public Optional<Probation> find(long id) {
        return Optional.ofNullable(em.find(Probation.class, id));
    }

    @Override
    public Optional<Probation> findLatestOf(long personId) {
        return em.createQuery("SELECT p FROM Probation p WHERE p.person.id = :person"
                        + " ORDER BY p.startedOn DESC, p.id DESC", Probation.class)
                .setParameter("person", personId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Probation> findLatestOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Probation> latest = new LinkedHashMap<>();
        em.createQuery("SELECT p FROM Probation p WHERE p.person.id IN :people"
                        + " ORDER BY p.startedOn DESC, p.id DESC", Probation.class)
                .setParameter("people", personIds).getResultList()
                .forEach(p -> latest.putIfAbsent(p.getPerson().getId(), p));
        return List.copyOf(latest.values());
    }

    @Override
    public List<Probation> findRunningEndingBy(LocalDate until) {
        return em.createQuery("SELECT p FROM Probation p JOIN FETCH p.person WHERE p.status = :running"
                        + " AND p.plannedEnd <= :until ORDER BY p.plannedEnd", Probation.class)
                .setParameter("running", ProbationStatus.RUNNING).setParameter("until", until).getResultList();
    }

    @Override
    public boolean reminderSent(long probationId, long recipientId, int daysBefore, LocalDate plannedEnd) {
        return em.createQuery("SELECT COUNT(r) FROM ProbationReminder r WHERE r.probation.id = :probation"
                        + " AND r.recipient.id = :recipient AND r.daysBefore = :days AND r.plannedEnd = :end",
                        Long.class)
                .setParameter("probation", probationId).setParameter("recipient", recipientId)
                .setParameter("days", daysBefore).setParameter("end", plannedEnd).getSingleResult() > 0;
    }

    @Override
    public List<FinalAssessment> findAssessments(long probationId) {
        return em.createQuery("SELECT a FROM FinalAssessment a WHERE a.probation.id = :probation"
                        + " ORDER BY a.signedAt DESC", FinalAssessment.class)
                .setParameter("probation", probationId).getResultList();
    }

    @Override
    public List<Probation> findRunning(PersonScope scope, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        PersonScope visible = ScopeCondition.narrowed(em, scope);
        var query = em.createQuery("SELECT p FROM Probation p JOIN FETCH p.person"
                        + ScopeCondition.join("p.personId", visible) + " WHERE p.status = :running"
                        + ScopeCondition.andCondition("p.personId", visible)
                        + " ORDER BY p.plannedEnd, p.id", Probation.class)
                .setParameter("running", ProbationStatus.RUNNING).setMaxResults(max);
        ScopeCondition.bind(query, visible);
        return query.getResultList();
    }
}
