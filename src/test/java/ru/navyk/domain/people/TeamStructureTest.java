package ru.navyk.domain.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.people.TeamStructure.DepartmentNode;
import ru.navyk.domain.people.TeamStructure.TeamNode;

class TeamStructureTest {

    private static final long HEAD = 1;
    private static final long SUPERVISOR = 2;
    private static final long NOBODY = 99;

    // Departments: 10 (headed by HEAD) with sub-department 11; 20 elsewhere.
    // Teams: 100 in 10; 110 in 11; 111 below 110; 200 in 20 supervised by SUPERVISOR, 201 below it, 202 below 201;
    // 300 in no department, supervised by nobody known.
    private final TeamStructure structure = new TeamStructure(List.of(
            new TeamNode(100, 10L, null, 50L),
            new TeamNode(110, 11L, null, 51L),
            new TeamNode(111, null, 110L, null),
            new TeamNode(200, 20L, null, SUPERVISOR),
            new TeamNode(201, null, 200L, 52L),
            new TeamNode(202, null, 201L, null),
            new TeamNode(300, null, null, null)), List.of(
            new DepartmentNode(10, null, HEAD),
            new DepartmentNode(11, 10L, 60L),
            new DepartmentNode(20, null, 61L)));

    @Test
    void aHeadManagesEveryTeamOfTheirDepartmentsAndOfThoseBelowAtAnyDepth() {
        assertEquals(Set.of(100L, 110L, 111L), structure.teamsManagedBy(HEAD));
    }

    @Test
    void aSupervisorManagesTheirTeamAndEveryTeamBelowIt() {
        assertEquals(Set.of(200L, 201L, 202L), structure.teamsManagedBy(SUPERVISOR));
        assertEquals(Set.of(201L, 202L), structure.teamsManagedBy(52L));
    }

    @Test
    void someoneWhoSupervisesAndHeadsNothingManagesNoTeam() {
        assertEquals(Set.of(), structure.teamsManagedBy(NOBODY));
    }

    @Test
    void aTeamWithTheTeamsBelowIt() {
        assertEquals(Set.of(110L, 111L), structure.withTeamsBelow(Set.of(110L)));
        assertEquals(Set.of(300L), structure.withTeamsBelow(Set.of(300L)));
    }

    @Test
    void aLoopInTheTeamsEndsTheWalk() {
        TeamStructure looped = new TeamStructure(List.of(new TeamNode(1, null, 2L, 7L), new TeamNode(2, null, 1L,
                null)), List.of());

        assertEquals(Set.of(1L, 2L), looped.teamsManagedBy(7L));
    }
}
