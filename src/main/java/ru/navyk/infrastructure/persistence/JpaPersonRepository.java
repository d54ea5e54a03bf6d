package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonQuery;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PersonScope;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    /** Derby limits the number of IN-list parameters a statement may carry; chunks stay well below it. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public List<Person> findAll(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<Person> found = new ArrayList<>();
        // Derby limits the parameters of one statement; 500 stays well below it.
        for (int from = 0; from < all.size(); from += 500) {
            found.addAll(em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500))).getResultList());
        }
        return found;
    }

    @Override
    public Optional<Person> findByEmail(String email) {
        return em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
                .setParameter("email", Person.normalizeEmail(email)).getResultStream().findFirst();
    }

    @Override
    public Optional<Person> findByPersonnelNumber(String personnelNumber) {
        return em.createQuery("SELECT p FROM Person p WHERE p.personnelNumber = :number", Person.class)
                .setParameter("number", personnelNumber.strip()).getResultStream().findFirst();
    }

    @Override
    public List<Person> search(PersonQuery query, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String from = from(query, parameters);
        if (from == null) {
            return List.of();
        }
        TypedQuery<Person> select = em.createQuery("SELECT p" + from
                + " ORDER BY p.lastName, p.firstName, p.id", Person.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(PersonQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String from = from(query, parameters);
        if (from == null) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + from, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public long countAll() {
        return em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult();
    }

    /**
     * The FROM and WHERE clauses for a query, or {@code null} when the scope allows nobody.
     * Neither an always-true filler ({@code 1 = 1}) nor {@code EXISTS} (whose subquery selects a constant): on Derby,
     * EclipseLink stops binding a query's values when it meets either, and then writes {@code TRUE} as {@code 1},
     * which Derby refuses for a BOOLEAN column.
     */
    private String from(PersonQuery query, Map<String, Object> parameters) {
        if (query.scope().isEmpty()) {
            return null;
        }
        PersonScope scope = ScopeCondition.narrowed(em, query.scope());
        List<String> conditions = new ArrayList<>();
        if (!query.includeInactive()) {
            // Bound, not a TRUE literal: EclipseLink writes TRUE as 1, which Derby's BOOLEAN refuses.
            parameters.put("active", Boolean.TRUE);
            conditions.add("p.active = :active");
        }
        if (query.text() != null && !query.text().isBlank()) {
            // Every word must match some field (or the login), so «Смирнов Денис» finds Смирнов Денис Алексеевич.
            String[] words = query.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < Math.min(words.length, 5); i++) {
                String name = "word" + i;
                parameters.put(name, "%" + words[i] + "%");
                conditions.add("(LOWER(p.lastName) LIKE :" + name + " OR LOWER(p.firstName) LIKE :" + name
                        + " OR LOWER(p.middleName) LIKE :" + name + " OR p.email LIKE :" + name
                        + " OR LOWER(p.personnelNumber) LIKE :" + name
                        + " OR p.id IN (SELECT a.person.id FROM Account a WHERE a.username LIKE :" + name + "))");
            }
        }
        if (query.teamId() != null) {
            parameters.put("teamId", query.teamId());
            conditions.add("p.id IN (SELECT m.person.id FROM TeamMembership m WHERE m.endedOn IS NULL"
                    + " AND m.team.id = :teamId)");
        }
        Optional<ScopeCondition.Clause> visible = ScopeCondition.on("p.id", scope);
        visible.map(ScopeCondition.Clause::condition).ifPresent(conditions::add);
        ScopeCondition.addParameters(scope, parameters);
        String from = " FROM Person p" + visible.map(ScopeCondition.Clause::join).orElse("");
        return conditions.isEmpty() ? from : from + " WHERE " + String.join(" AND ", conditions);
    }

    @Override
    public void add(Person person) {
        em.persist(person);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public void touch(Person person) {
        em.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public Set<String> existingEmails(Collection<String> emails) {
        return existing("SELECT p.email FROM Person p WHERE p.email IN :values", emails);
    }

    @Override
    public Set<String> existingPersonnelNumbers(Collection<String> numbers) {
        return existing("SELECT p.personnelNumber FROM Person p WHERE p.personnelNumber IN :values", numbers);
    }

    private Set<String> existing(String jpql, Collection<String> values) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            found.addAll(em.createQuery(jpql, String.class).setParameter("values", chunk).getResultList());
        }
        return found;
    }
}
