package ru.navyk.benchmark.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.navyk.benchmark.gatling.Callers;

/**
 * The people list a team supervisor gets from {@code GET /api/people?first=0&max=50}: the active people currently
 * in their team, ordered by name, the first 50 with their current team and position, and the total count; the same
 * scope rule the portal applies (PersonScope: current members of the supervised teams).
 */
public final class PeopleListSql implements RawSqlProbe {

    public static final String NAME = "people-list";

    private static final String PAGE = "SELECT p.id, p.last_name, p.first_name, p.middle_name, p.email,"
            + " p.personnel_number, p.active, t.id, t.name, pa.title, pa.qualification_level"
            + " FROM person p"
            + " LEFT JOIN team_membership m ON m.person_id = p.id AND m.ended_on IS NULL"
            + " LEFT JOIN team t ON t.id = m.team_id"
            + " LEFT JOIN position_assignment pa ON pa.person_id = p.id AND pa.ended_on IS NULL"
            + " WHERE p.active = 1 AND p.id IN (SELECT s.person_id FROM team_membership s"
            + " WHERE s.ended_on IS NULL AND s.team_id IN (SELECT x.id FROM team x WHERE x.supervisor_id = ?))"
            + " ORDER BY p.last_name, p.first_name, p.id OFFSET 0 ROWS FETCH NEXT 50 ROWS ONLY";
    private static final String COUNT = "SELECT COUNT(*) FROM person p WHERE p.active = 1 AND p.id IN"
            + " (SELECT s.person_id FROM team_membership s WHERE s.ended_on IS NULL AND s.team_id IN"
            + " (SELECT x.id FROM team x WHERE x.supervisor_id = ?))";

    private final List<Long> managers = new ArrayList<>();
    private int next;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sql() {
        return PAGE + "; " + COUNT;
    }

    @Override
    public void prepare(Connection connection, Path usersDir) {
        for (Map<String, Object> manager : Callers.read(usersDir, Callers.Kind.MANAGERS)) {
            managers.add(Long.parseLong((String) manager.get("personId")));
        }
    }

    @Override
    public void runOnce(Connection connection) throws SQLException {
        long manager = managers.get(next++ % managers.size());
        try (PreparedStatement page = connection.prepareStatement(PAGE);
             PreparedStatement count = connection.prepareStatement(COUNT)) {
            page.setLong(1, manager);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 11; column++) {
                        rows.getObject(column);
                    }
                }
            }
            count.setLong(1, manager);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
            }
        }
    }
}
