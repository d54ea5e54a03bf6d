package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.people.Department;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.people.TeamStructure;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public Optional<Team> find(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    @Override
    public Optional<Team> findActiveByName(String name) {
        return em.createQuery("SELECT t FROM Team t WHERE t.active = :active AND LOWER(t.name) = :name", Team.class)
                .setParameter("active", Boolean.TRUE).setParameter("name", name.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<Team> findAll() {
        // Every manager's scope walks all teams with their supervisors and departments: read those in one query
        // each rather than one per team.
        return em.createQuery("SELECT t FROM Team t ORDER BY t.name, t.id", Team.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.supervisor")
                .setHint("eclipselink.batch", "t.department")
                .setHint("eclipselink.batch", "t.parent")
                .getResultList();
    }

    @Override
    public List<Team> search(String text, boolean includeInactive, int first, int max) {
        TypedQuery<Team> query = em.createQuery("SELECT t FROM Team t WHERE " + where(text, includeInactive)
                + " ORDER BY t.name, t.id", Team.class);
        bind(query, text, includeInactive);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String text, boolean includeInactive) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(t) FROM Team t WHERE " + where(text, includeInactive),
                Long.class);
        bind(query, text, includeInactive);
        return query.getSingleResult();
    }

    private static String where(String text, boolean includeInactive) {
        String condition = includeInactive ? "1 = 1" : "t.active = :active";
        return text == null || text.isBlank() ? condition : condition + " AND LOWER(t.name) LIKE :text";
    }

    /** Boolean literals are bound as parameters: EclipseLink writes TRUE as 1, which Derby's BOOLEAN refuses. */
    private static void bind(TypedQuery<?> query, String text, boolean includeInactive) {
        if (!includeInactive) {
            query.setParameter("active", Boolean.TRUE);
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    @Override
    public Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.team.id, COUNT(m) FROM TeamMembership m"
                + " WHERE m.endedOn IS NULL AND m.person.active = :active GROUP BY m.team.id", Object[].class)
                .setParameter("active", Boolean.TRUE).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public void add(Team team) {
        em.persist(team);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<Department> findDepartment(long id) {
        return Optional.ofNullable(em.find(Department.class, id));
    }

    @Override
    public List<Department> findAllDepartments() {
        return em.createQuery("SELECT d FROM Department d ORDER BY d.name, d.id", Department.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "d.head")
                .setHint("eclipselink.batch", "d.parent")
                .getResultList();
    }

    @Override
    public TeamStructure structure() {
        List<TeamStructure.TeamNode> teamNodes = em.createQuery("SELECT t.id, t.departmentId, t.parentId,"
                        + " t.supervisorId FROM Team t", Object[].class).getResultStream()
                .map(row -> new TeamStructure.TeamNode((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3]))
                .toList();
        List<TeamStructure.DepartmentNode> departmentNodes = em.createQuery("SELECT d.id, d.parentId, d.headId"
                        + " FROM Department d", Object[].class).getResultStream()
                .map(row -> new TeamStructure.DepartmentNode((Long) row[0], (Long) row[1], (Long) row[2]))
                .toList();
        return new TeamStructure(teamNodes, departmentNodes);
    }

    @Override
    public void add(Department department) {
        em.persist(department);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }
}
