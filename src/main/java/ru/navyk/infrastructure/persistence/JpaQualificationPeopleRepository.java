package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.qualification.QualificationPeopleRepository;

/**
 * People for the qualification views. A page is one query for the people plus one join-fetch query each for their
 * positions, trainings and team memberships (the persistence context then holds the collections), so a page of 25
 * or of 500 costs the same four queries.
 */
@ApplicationScoped
public class JpaQualificationPeopleRepository implements QualificationPeopleRepository {

    /** Derby limits the number of IN-list parameters a statement may carry; chunks stay well below it. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public List<Person> page(Filter filter, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        if (where == null) {
            return List.of();
        }
        TypedQuery<Long> select = em.createQuery("SELECT p.id FROM Person p" + where
                + " ORDER BY p.lastName, p.firstName, p.id", Long.class);
        parameters.forEach(select::setParameter);
        return load(select.setFirstResult(first).setMaxResults(max).getResultList());
    }

    @Override
    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        if (where == null) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Person p" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public List<Long> ids(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        if (where == null) {
            return List.of();
        }
        TypedQuery<Long> select = em.createQuery("SELECT p.id FROM Person p" + where
                + " ORDER BY p.lastName, p.firstName, p.id", Long.class);
        parameters.forEach(select::setParameter);
        return select.getResultList();
    }

    @Override
    public List<Person> load(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        Map<Long, Person> byId = new HashMap<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            em.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.positions WHERE p.id IN :ids",
                    Person.class).setParameter("ids", chunk).getResultList().forEach(p -> byId.put(p.getId(), p));
            em.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.trainings WHERE p.id IN :ids",
                    Person.class).setParameter("ids", chunk).getResultList();
            em.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.memberships m LEFT JOIN FETCH m.team"
                    + " WHERE p.id IN :ids", Person.class).setParameter("ids", chunk).getResultList();
        }
        List<Person> ordered = new ArrayList<>();
        all.forEach(id -> {
            Person person = byId.get(id);
            if (person != null) {
                ordered.add(person);
            }
        });
        return ordered;
    }

    /** As in {@link JpaPersonRepository}: no {@code 1 = 1} and no {@code EXISTS}, so Derby gets bound booleans. */
    private static String where(Filter filter, Map<String, Object> parameters) {
        PersonScope scope = filter.scope();
        if (scope.isEmpty() || (filter.teamIds() != null && filter.teamIds().isEmpty())) {
            return null;
        }
        List<String> conditions = new ArrayList<>();
        parameters.put("active", Boolean.TRUE);
        conditions.add("p.active = :active");
        if (filter.teamIds() != null) {
            parameters.put("teamIds", List.copyOf(filter.teamIds()));
            conditions.add("p.id IN (SELECT m.person.id FROM TeamMembership m WHERE m.endedOn IS NULL"
                    + " AND m.team.id IN :teamIds)");
        }
        if (filter.exclude() != null) {
            parameters.put("exclude", filter.exclude());
            conditions.add("p.id <> :exclude");
        }
        if (filter.position() != null && !filter.position().isBlank()) {
            parameters.put("position", "%" + filter.position().strip().toLowerCase(Locale.ROOT) + "%");
            conditions.add("p.id IN (SELECT a.person.id FROM PositionAssignment a WHERE a.endedOn IS NULL"
                    + " AND LOWER(a.title) LIKE :position)");
        }
        if (filter.level() != null) {
            parameters.put("level", filter.level());
            conditions.add("p.id IN (SELECT l.person.id FROM PositionAssignment l WHERE l.endedOn IS NULL"
                    + " AND l.qualificationLevel = :level)");
        }
        ScopeCondition.on("p.id", scope).ifPresent(conditions::add);
        ScopeCondition.addParameters(scope, parameters);
        return " WHERE " + String.join(" AND ", conditions);
    }
}
