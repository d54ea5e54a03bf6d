package ru.navyk.benchmark.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.navyk.benchmark.gatling.Callers;

/**
 * The team matrix's first page of 50 for a head of department, as the statements the portal needs for it: the
 * teams they manage (supervised, or in a department they head), the page of active current members by name and its
 * count, then for the 50 people their positions (with the job profile), trainings, memberships with teams, evidence
 * and level decisions, and the requirements of their profiles' published versions.
 */
public final class TeamMatrixSql implements RawSqlProbe {

    public static final String NAME = "team-matrix";

    private static final String TEAMS = "SELECT t.id FROM team t WHERE t.supervisor_id = ? OR t.department_id IN"
            + " (SELECT d.id FROM department d WHERE d.head_id = ?)";
    // The join the portal sends (an IN sub-select runs once per person of the centre in Derby).
    private static final String SCOPE = " FROM person p JOIN team_membership m ON m.person_id = p.id WHERE"
            + " p.active = {TRUE} AND p.id <> ? AND m.ended_on IS NULL AND m.team_id IN (%s)";
    private static final String PAGE = "SELECT p.id, p.last_name, p.first_name, p.middle_name" + SCOPE
            + " ORDER BY p.last_name, p.first_name, p.id OFFSET 0 ROWS FETCH NEXT 50 ROWS ONLY";
    private static final String COUNT = "SELECT COUNT(*)" + SCOPE;
    private static final String POSITIONS = "SELECT a.* FROM position_assignment a WHERE a.person_id IN (%s)";
    private static final String TRAININGS = "SELECT t.* FROM training_record t WHERE t.person_id IN (%s)";
    private static final String MEMBERSHIPS = "SELECT m.*, t.name FROM team_membership m JOIN team t"
            + " ON t.id = m.team_id WHERE m.person_id IN (%s)";
    private static final String EVIDENCE = "SELECT e.* FROM evidence e WHERE e.person_id IN (%s)";
    private static final String DECISIONS = "SELECT d.* FROM level_decision d WHERE d.person_id IN (%s)";
    private static final String REQUIREMENTS = "SELECT r.* FROM job_profile_requirement r JOIN job_profile_version v"
            + " ON v.id = r.profile_version_id WHERE v.status = 'PUBLISHED' AND v.profile_id IN (SELECT"
            + " a.job_profile_id FROM position_assignment a WHERE a.ended_on IS NULL AND a.person_id IN (%s))";

    private final List<Long> heads = new ArrayList<>();
    private int next;
    private String page;
    private String count;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sql() {
        return String.join("; ", TEAMS, PAGE, COUNT, POSITIONS, TRAININGS, MEMBERSHIPS, EVIDENCE, DECISIONS,
                REQUIREMENTS);
    }

    @Override
    public void prepare(Connection connection, Path usersDir) throws SQLException {
        page = SqlReads.flags(connection, PAGE);
        count = SqlReads.flags(connection, COUNT);
        for (Map<String, Object> head : Callers.read(usersDir, Callers.Kind.DEPARTMENT_HEADS)) {
            heads.add(Long.parseLong((String) head.get("personId")));
        }
    }

    @Override
    public void runOnce(Connection connection) throws SQLException {
        long head = heads.get(next++ % heads.size());
        List<Long> teams = SqlReads.read(connection, TEAMS, List.of(head, head));
        List<Long> scope = new ArrayList<>(List.of(head));
        scope.addAll(teams);
        String marks = SqlReads.marks(teams.size());
        List<Long> people = SqlReads.read(connection, page.formatted(marks), scope);
        SqlReads.read(connection, count.formatted(marks), scope);
        String ids = SqlReads.marks(people.size());
        for (String statement : List.of(POSITIONS, TRAININGS, MEMBERSHIPS, EVIDENCE, DECISIONS, REQUIREMENTS)) {
            SqlReads.read(connection, statement.formatted(ids), people);
        }
    }
}
