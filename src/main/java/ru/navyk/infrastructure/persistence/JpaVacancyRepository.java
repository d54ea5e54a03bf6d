package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.hiring.CandidateStage;
import ru.navyk.domain.hiring.Vacancy;
import ru.navyk.domain.hiring.VacancyQuery;
import ru.navyk.domain.hiring.VacancyRepository;

@ApplicationScoped
public class JpaVacancyRepository implements VacancyRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(Vacancy vacancy) {
        em.persist(vacancy);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<Vacancy> find(long id) {
        return em.createQuery("SELECT v FROM Vacancy v JOIN FETCH v.profileVersion pv JOIN FETCH pv.profile"
                        + " JOIN FETCH v.team LEFT JOIN FETCH v.hiringManager WHERE v.id = :id", Vacancy.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Vacancy> search(VacancyQuery query, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Vacancy> select = em.createQuery("SELECT v FROM Vacancy v JOIN FETCH v.profileVersion pv"
                + " JOIN FETCH pv.profile JOIN FETCH v.team LEFT JOIN FETCH v.hiringManager"
                + where(query, parameters) + " ORDER BY v.openedOn DESC, v.id DESC", Vacancy.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(VacancyQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(v) FROM Vacancy v" + where(query, parameters),
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public long countAll() {
        return em.createQuery("SELECT COUNT(v) FROM Vacancy v", Long.class).getSingleResult();
    }

    /** The scope is part of the WHERE clause, so pages and counts never include vacancies the viewer may not see. */
    private static String where(VacancyQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!query.everyone()) {
            List<String> visible = new ArrayList<>();
            if (!query.teamIds().isEmpty()) {
                parameters.put("teams", List.copyOf(query.teamIds()));
                visible.add("v.team.id IN :teams");
            }
            if (query.hiringManagerId() != null) {
                parameters.put("manager", query.hiringManagerId());
                visible.add("v.hiringManager.id = :manager");
            }
            conditions.add(visible.isEmpty() ? "v.id IS NULL" : "(" + String.join(" OR ", visible) + ")");
        }
        if (query.status() != null) {
            parameters.put("status", query.status());
            conditions.add("v.status = :status");
        }
        if (query.text() != null && !query.text().isBlank()) {
            parameters.put("text", "%" + query.text().strip().toLowerCase(Locale.ROOT) + "%");
            conditions.add("(LOWER(v.profileVersion.title) LIKE :text OR LOWER(v.team.name) LIKE :text)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    @Override
    public Map<Long, Map<CandidateStage, Long>> stageCounts(Collection<Long> vacancyIds) {
        Map<Long, Map<CandidateStage, Long>> counts = new HashMap<>();
        if (vacancyIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("SELECT c.vacancy.id, c.stage, COUNT(c) FROM Candidate c"
                + " WHERE c.vacancy.id IN :ids GROUP BY c.vacancy.id, c.stage", Object[].class)
                .setParameter("ids", List.copyOf(vacancyIds)).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(CandidateStage.class))
                    .put((CandidateStage) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }
}
