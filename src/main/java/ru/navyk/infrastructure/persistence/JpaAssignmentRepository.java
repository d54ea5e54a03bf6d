package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.training.Assignee;
import ru.navyk.domain.training.AssignmentRepository;
import ru.navyk.domain.training.ReminderKind;
import ru.navyk.domain.training.TrainingAssignment;
import ru.navyk.domain.training.TrainingReminder;

@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(TrainingAssignment assignment) {
        em.persist(assignment);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<TrainingAssignment> find(long id) {
        return Optional.ofNullable(em.find(TrainingAssignment.class, id));
    }

    @Override
    public List<TrainingAssignment> search(PersonScope scope, int first, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        PersonScope visible = ScopeCondition.narrowed(em, scope);
        TypedQuery<TrainingAssignment> query = em.createQuery("SELECT a FROM TrainingAssignment a"
                + where(visible) + " ORDER BY a.createdAt DESC, a.id DESC", TrainingAssignment.class);
        ScopeCondition.bind(query, visible);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(PersonScope scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        PersonScope visible = ScopeCondition.narrowed(em, scope);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM TrainingAssignment a" + where(visible),
                Long.class);
        ScopeCondition.bind(query, visible);
        return query.getSingleResult();
    }

    /** Assignments with someone the viewer may see; no EXISTS (see JpaPersonRepository for why). */
    private static String where(PersonScope scope) {
        return ScopeCondition.on("s.personId", scope)
                .map(visible -> " WHERE a.id IN (SELECT s.assignment.id FROM Assignee s"
                        + visible.join() + " WHERE " + visible.condition() + ")")
                .orElse("");
    }

    @Override
    public List<Assignee> findAssigneesOf(long personId) {
        return em.createQuery("SELECT s FROM Assignee s JOIN FETCH s.assignment a JOIN FETCH a.course"
                        + " WHERE s.person.id = :person ORDER BY a.dueOn, a.id", Assignee.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public List<Assignee> findAssigneesOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Assignee s JOIN FETCH s.assignment a JOIN FETCH a.course"
                + " WHERE s.person.id IN :people", Assignee.class).setParameter("people", List.copyOf(personIds))
                .getResultList();
    }

    @Override
    public List<Assignee> findOpenDueBy(LocalDate latestDue) {
        return em.createQuery("SELECT s FROM Assignee s JOIN FETCH s.assignment a JOIN FETCH a.course"
                        + " WHERE s.completedOn IS NULL AND a.dueOn IS NOT NULL AND a.dueOn <= :due"
                        + " AND s.person.active = :active", Assignee.class)
                .setParameter("due", latestDue).setParameter("active", Boolean.TRUE).getResultList();
    }

    @Override
    public void add(TrainingReminder reminder) {
        em.persist(reminder);
        em.flush();
    }

    @Override
    public boolean hasReminder(long assigneeId, ReminderKind kind) {
        return em.createQuery("SELECT COUNT(r) FROM TrainingReminder r WHERE r.assignee.id = :assignee"
                        + " AND r.kind = :kind", Long.class)
                .setParameter("assignee", assigneeId).setParameter("kind", kind).getSingleResult() > 0;
    }

    @Override
    public List<TrainingReminder> findRemindersOf(long personId, int max) {
        return em.createQuery("SELECT r FROM TrainingReminder r WHERE r.person.id = :person"
                        + " ORDER BY r.createdAt DESC, r.id DESC", TrainingReminder.class)
                .setParameter("person", personId).setMaxResults(max).getResultList();
    }
}
