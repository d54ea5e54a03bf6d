package ru.navyk.benchmark.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The organisation-wide qualification overview for HR (everyone), as the statements the portal needs for it: every
 * active person's id by name, then, 500 at a time, their positions, trainings, memberships with teams and level
 * decisions (what held levels, eligibility, the pipeline and overdue upskilling are computed from).
 */
public final class OrganisationReviewSql implements RawSqlProbe {

    public static final String NAME = "organisation-review";
    private static final int CHUNK = 500;

    private static final String PEOPLE = "SELECT p.id FROM person p WHERE p.active = {TRUE}"
            + " ORDER BY p.last_name, p.first_name, p.id";
    private static final String PERSONS = "SELECT p.* FROM person p WHERE p.id IN (%s)";
    private static final String POSITIONS = "SELECT a.* FROM position_assignment a WHERE a.person_id IN (%s)";
    private static final String TRAININGS = "SELECT t.* FROM training_record t WHERE t.person_id IN (%s)";
    private static final String MEMBERSHIPS = "SELECT m.*, t.name FROM team_membership m JOIN team t"
            + " ON t.id = m.team_id WHERE m.person_id IN (%s)";
    private static final String DECISIONS = "SELECT d.* FROM level_decision d WHERE d.person_id IN (%s)";

    private String people;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sql() {
        return String.join("; ", PEOPLE, PERSONS, POSITIONS, TRAININGS, MEMBERSHIPS, DECISIONS)
                + " (the last five per " + CHUNK + " people)";
    }

    @Override
    public void prepare(Connection connection, Path usersDir) throws SQLException {
        // Everyone: no caller to choose; only the flag's literal.
        people = SqlReads.flags(connection, PEOPLE);
    }

    @Override
    public void runOnce(Connection connection) throws SQLException {
        List<Long> ids = SqlReads.read(connection, people, List.of());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = SqlReads.marks(chunk.size());
            for (String statement : List.of(PERSONS, POSITIONS, TRAININGS, MEMBERSHIPS, DECISIONS)) {
                SqlReads.read(connection, statement.formatted(marks), chunk);
            }
        }
    }
}
