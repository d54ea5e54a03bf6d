package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.TrainingRecord;
import ru.navyk.domain.training.TrainingDocument;
import ru.navyk.domain.training.TrainingPeopleRepository;

@ApplicationScoped
public class JpaTrainingPeopleRepository implements TrainingPeopleRepository {

    private static final String BY_NAME = " ORDER BY p.lastName, p.firstName, p.id";

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public List<Person> currentMembersOf(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.positions WHERE p.active = :active"
                        + " AND p.id IN (SELECT m.person.id FROM TeamMembership m WHERE m.endedOn IS NULL"
                        + " AND m.team.id IN :teams)" + BY_NAME, Person.class)
                .setParameter("active", Boolean.TRUE).setParameter("teams", List.copyOf(teamIds)).getResultList();
    }

    @Override
    public List<Person> currentHoldersOf(long jobProfileId) {
        return currentHoldersOfAny(List.of(jobProfileId));
    }

    @Override
    public List<Person> currentHoldersOfAny(Collection<Long> jobProfileIds) {
        if (jobProfileIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.positions WHERE p.active = :active"
                        + " AND p.id IN (SELECT a.person.id FROM PositionAssignment a WHERE a.endedOn IS NULL"
                        + " AND a.jobProfile.id IN :profiles)" + BY_NAME, Person.class)
                .setParameter("active", Boolean.TRUE).setParameter("profiles", List.copyOf(jobProfileIds))
                .getResultList();
    }

    @Override
    public List<Person> withHistory(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.trainings WHERE p.id IN :people"
                + BY_NAME, Person.class).setParameter("people", List.copyOf(personIds)).getResultList();
    }

    @Override
    public List<Person> withAnyRole(Collection<Role> roles) {
        return em.createQuery("SELECT DISTINCT p FROM Person p WHERE p.active = :active AND p.id IN"
                        + " (SELECT a.person.id FROM Account a JOIN a.roles r WHERE a.active = :active"
                        + " AND r IN :roles)" + BY_NAME, Person.class)
                .setParameter("active", Boolean.TRUE).setParameter("roles", List.copyOf(roles)).getResultList();
    }

    @Override
    public Optional<TrainingRecord> findTrainingRecord(long recordId) {
        return Optional.ofNullable(em.find(TrainingRecord.class, recordId));
    }

    @Override
    public void add(TrainingDocument document) {
        if (!em.contains(document.getRecord())) {
            em.persist(document.getRecord()); // recorded on the person in this transaction, not flushed yet
        }
        em.persist(document);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<TrainingDocument> findDocument(long id) {
        return Optional.ofNullable(em.find(TrainingDocument.class, id));
    }

    @Override
    public List<TrainingDocument> findDocumentsOf(Collection<Long> trainingRecordIds) {
        if (trainingRecordIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM TrainingDocument d WHERE d.record.id IN :records",
                TrainingDocument.class).setParameter("records", List.copyOf(trainingRecordIds)).getResultList();
    }
}
