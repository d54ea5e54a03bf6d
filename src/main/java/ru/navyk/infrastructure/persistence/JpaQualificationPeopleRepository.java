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
 * People for the qualification views. A page is one query for the ids, one for the people and one batch query each
 * for their positions, trainings, team memberships and teams, so a page of 25 or of 500 costs the same queries.
 */
@ApplicationScoped
public class JpaQualificationPeopleRepository implements QualificationPeopleRepository {

    /** Derby limits the number of IN-list parameters a statement may carry; chunks stay well below it. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public List<Person> page(Filter filter, int first, int max) {
        return load(orderedIds(filter, first, max));
    }

    @Override
    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String from = from(filter, parameters);
        if (from == null) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(DISTINCT p.id)" + from, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public List<Long> ids(Filter filter) {
        return orderedIds(filter, 0, Integer.MAX_VALUE);
    }

    /** The matching people's ids by surname, {@code max} from {@code first}. */
    private List<Long> orderedIds(Filter filter, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String from = from(filter, parameters);
        if (from == null) {
            return List.of();
        }
        // The names are selected because Derby orders a DISTINCT only by what it selects.
        TypedQuery<Object[]> select = em.createQuery("SELECT DISTINCT p.id, p.lastName, p.firstName" + from
                + " ORDER BY p.lastName, p.firstName, p.id", Object[].class);
        parameters.forEach(select::setParameter);
        if (first > 0) {
            select.setFirstResult(first);
        }
        if (max < Integer.MAX_VALUE) {
            select.setMaxResults(max);
        }
        return select.getResultList().stream().map(row -> (Long) row[0]).toList();
    }

    @Override
    public List<Person> load(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        Map<Long, Person> byId = new HashMap<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            // Batch reading, one IN query per collection for the whole chunk: a second JOIN FETCH of people already
            // in the persistence context does not fill their other collections, which then load one person at a
            // time (measured: two queries per person in the organisation view).
            em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class).setParameter("ids", chunk)
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "p.positions")
                    .setHint("eclipselink.batch", "p.trainings")
                    .setHint("eclipselink.batch", "p.memberships")
                    .setHint("eclipselink.batch", "p.memberships.team")
                    .getResultList().forEach(p -> byId.put(p.getId(), p));
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

    /**
     * The FROM and WHERE clauses. A filter by teams joins the current memberships instead of a sub-select: Derby
     * runs an {@code IN (SELECT …)} once per person of the centre (measured: 40 ms for 500 people, growing with the
     * centre), the join reads only the teams' members through the membership index (under 2 ms). The scope's own
     * condition is then left out when the filtered teams are all in scope, since it could only repeat the join.
     * As in {@link JpaPersonRepository}: no {@code 1 = 1} and no {@code EXISTS}, so Derby gets bound booleans.
     */
    private String from(Filter filter, Map<String, Object> parameters) {
        PersonScope scope = filter.scope();
        if (scope.isEmpty() || (filter.teamIds() != null && filter.teamIds().isEmpty())) {
            return null;
        }
        StringBuilder from = new StringBuilder(" FROM Person p");
        List<String> conditions = new ArrayList<>();
        boolean teamsInScope = filter.teamIds() != null && scope.teamIds().containsAll(filter.teamIds());
        if (!teamsInScope) {
            // The scope's join first: its ON clause may only name the person it joins to.
            PersonScope narrowed = ScopeCondition.narrowed(em, scope);
            ScopeCondition.on("p.id", narrowed).ifPresent(visible -> {
                from.append(visible.join());
                conditions.add(visible.condition());
            });
            ScopeCondition.addParameters(narrowed, parameters);
        }
        parameters.put("active", Boolean.TRUE);
        conditions.add("p.active = :active");
        if (filter.teamIds() != null) {
            from.append(", TeamMembership m");
            parameters.put("teamIds", List.copyOf(filter.teamIds()));
            conditions.add("m.person = p AND m.endedOn IS NULL AND m.team.id IN :teamIds");
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
        return from.append(" WHERE ").append(String.join(" AND ", conditions)).toString();
    }
}
