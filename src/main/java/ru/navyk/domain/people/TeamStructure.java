package ru.navyk.domain.people;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The shape of the organisation as ids only: which team lies in which department and below which team, who supervises
 * each team and who heads each department. Enough to work out whom a manager manages without reading the teams,
 * departments and people themselves (a manager's scope is needed on every request they make).
 *
 * @param teams       every team, active or not
 * @param departments every department, active or not
 */
public record TeamStructure(List<TeamNode> teams, List<DepartmentNode> departments) {

    /** A team: its department, the team it lies below and its supervisor, each may be null. */
    public record TeamNode(long id, Long departmentId, Long parentId, Long supervisorId) {
    }

    /** A department: the department it lies below and its head, each may be null. */
    public record DepartmentNode(long id, Long parentId, Long headId) {
    }

    public TeamStructure {
        teams = List.copyOf(teams);
        departments = List.copyOf(departments);
    }

    /**
     * The teams the person manages: those they supervise and every team below those, and every team of the
     * departments they head and of the departments below those.
     */
    public Set<Long> teamsManagedBy(long personId) {
        Set<Long> headed = departmentsHeadedBy(personId);
        Set<Long> managed = new HashSet<>();
        for (TeamNode team : teams) {
            if (Objects.equals(team.supervisorId(), personId)
                    || team.departmentId() != null && headed.contains(team.departmentId())) {
                managed.add(team.id());
            }
        }
        return withTeamsBelow(managed);
    }

    /** The teams given and every team below them, at any depth. */
    public Set<Long> withTeamsBelow(Collection<Long> teamIds) {
        Map<Long, List<Long>> below = new HashMap<>();
        for (TeamNode team : teams) {
            if (team.parentId() != null) {
                below.computeIfAbsent(team.parentId(), parent -> new ArrayList<>()).add(team.id());
            }
        }
        Set<Long> found = new HashSet<>(teamIds);
        Deque<Long> toVisit = new ArrayDeque<>(found);
        while (!toVisit.isEmpty()) {
            for (long child : below.getOrDefault(toVisit.pop(), List.of())) {
                if (found.add(child)) {
                    toVisit.add(child);
                }
            }
        }
        return found;
    }

    /** The departments the person heads and every department below those. */
    private Set<Long> departmentsHeadedBy(long personId) {
        Set<Long> headed = new HashSet<>();
        Deque<Long> toVisit = new ArrayDeque<>();
        Map<Long, List<Long>> below = new HashMap<>();
        for (DepartmentNode department : departments) {
            if (Objects.equals(department.headId(), personId) && headed.add(department.id())) {
                toVisit.add(department.id());
            }
            if (department.parentId() != null) {
                below.computeIfAbsent(department.parentId(), parent -> new ArrayList<>()).add(department.id());
            }
        }
        while (!toVisit.isEmpty()) {
            for (long child : below.getOrDefault(toVisit.pop(), List.of())) {
                if (headed.add(child)) {
                    toVisit.add(child);
                }
            }
        }
        return headed;
    }
}
