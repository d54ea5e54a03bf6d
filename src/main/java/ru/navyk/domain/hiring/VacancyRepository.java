package ru.navyk.domain.hiring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Vacancies; lists are scoped and paged inside the query. */
public interface VacancyRepository {

    void add(Vacancy vacancy);

    /** A vacancy with its profile version, team and hiring manager loaded. */
    Optional<Vacancy> find(long id);

    /** Newest first. */
    List<Vacancy> search(VacancyQuery query, int first, int max);

    long count(VacancyQuery query);

    long countAll();

    /** Candidates per stage of each vacancy, keyed by vacancy id, in one query. */
    Map<Long, Map<CandidateStage, Long>> stageCounts(Collection<Long> vacancyIds);
}
