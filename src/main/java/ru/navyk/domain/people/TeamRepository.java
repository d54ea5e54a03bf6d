package ru.navyk.domain.people;

import java.util.List;
import java.util.Optional;

/** Teams and the departments they sit in. The centre has a few thousand teams at most, so lists are whole. */
public interface TeamRepository {

    Optional<Team> find(long id);

    Optional<Team> findActiveByName(String name);

    List<Team> findAll();

    List<Team> search(String text, boolean includeInactive, int first, int max);

    long count(String text, boolean includeInactive);

    /** Current members of each team, keyed by team id. */
    java.util.Map<Long, Long> memberCounts();

    void add(Team team);

    Optional<Department> findDepartment(long id);

    List<Department> findAllDepartments();

    /** Every team and department as ids: who supervises and heads what, and what lies below what. */
    TeamStructure structure();

    void add(Department department);
}
