package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.navyk.domain.knowledge.AudienceDirectory;

@ApplicationScoped
public class JpaAudienceDirectory implements AudienceDirectory {

    /** Derby limits the number of IN-list parameters a statement may carry; chunks stay well below it. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public Map<Long, Long> teamParents() {
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.id, p.id FROM Team t LEFT JOIN t.parent p", Object[].class)
                .getResultList()) {
            parents.put((Long) row[0], (Long) row[1]);
        }
        return parents;
    }

    @Override
    public Set<Long> currentMembers(Collection<Long> teamIds) {
        return chunked(teamIds, chunk -> em.createQuery("SELECT m.person.id FROM TeamMembership m"
                        + " WHERE m.endedOn IS NULL AND m.team.id IN :ids AND m.person.active = :active", Long.class)
                .setParameter("ids", chunk).setParameter("active", Boolean.TRUE).getResultList());
    }

    @Override
    public Set<Long> withCurrentJobProfile(Collection<Long> profileIds) {
        return chunked(profileIds, chunk -> em.createQuery("SELECT p.person.id FROM PositionAssignment p"
                        + " WHERE p.endedOn IS NULL AND p.jobProfile.id IN :profiles AND p.person.active = :active",
                        Long.class)
                .setParameter("profiles", chunk).setParameter("active", Boolean.TRUE).getResultList());
    }

    @Override
    public Set<Long> withCurrentLevel(Collection<Integer> levels) {
        if (levels.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT p.person.id FROM PositionAssignment p WHERE p.endedOn IS NULL"
                        + " AND p.qualificationLevel IN :levels AND p.person.active = :active", Long.class)
                .setParameter("levels", List.copyOf(levels)).setParameter("active", Boolean.TRUE).getResultList());
    }

    @Override
    public Set<Long> withCurrentTitle(Collection<String> lowerCaseTitles) {
        return chunked(lowerCaseTitles, chunk -> em.createQuery("SELECT p.person.id FROM PositionAssignment p"
                        + " WHERE p.endedOn IS NULL AND LOWER(p.title) IN :titles AND p.person.active = :active",
                        Long.class)
                .setParameter("titles", chunk).setParameter("active", Boolean.TRUE).getResultList());
    }

    @Override
    public List<String> currentTitles() {
        return em.createQuery("SELECT DISTINCT p.title FROM PositionAssignment p WHERE p.endedOn IS NULL"
                + " AND p.person.active = :active ORDER BY p.title", String.class)
                .setParameter("active", Boolean.TRUE).getResultList();
    }

    @Override
    public Set<Long> active(Collection<Long> personIds) {
        return chunked(personIds, chunk -> em.createQuery("SELECT p.id FROM Person p WHERE p.id IN :ids"
                        + " AND p.active = :active", Long.class)
                .setParameter("ids", chunk).setParameter("active", Boolean.TRUE).getResultList());
    }

    private static <T> Set<Long> chunked(Collection<T> values, java.util.function.Function<List<T>, List<Long>> query) {
        Set<Long> found = new HashSet<>();
        List<T> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + IN_CHUNK))));
        }
        return found;
    }
}
