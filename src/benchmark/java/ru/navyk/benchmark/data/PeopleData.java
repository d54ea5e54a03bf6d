package ru.navyk.benchmark.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import ru.navyk.benchmark.data.CentrePlan.DepartmentPlan;
import ru.navyk.benchmark.data.CentrePlan.PersonPlan;
import ru.navyk.benchmark.data.CentrePlan.TeamPlan;

/**
 * People and their organisation (issue 2's tables): persons, departments, teams, position histories (with the job
 * profile of each position), team memberships (with transfers), training records and mentorships: every trainee
 * has a running mentorship with a mentor of their team, every operator hired in the last two years a finished one.
 */
final class PeopleData implements FeatureData {

    @Override
    public String name() {
        return "people";
    }

    @Override
    public void write(Generation g) throws SQLException {
        CentrePlan plan = g.plan();
        Random random = g.random(name());
        try (BatchInsert person = new BatchInsert(g.connection(), "person", "id", "row_version", "personnel_number",
                "last_name", "first_name", "middle_name", "email", "phone", "hire_date", "education_level", "active")) {
            for (PersonPlan p : plan.persons) {
                person.row(g.personId(p.index()), 0L, String.format("Б%06d", p.index() + 1), p.lastName(),
                        p.firstName(), p.middleName(), username(p.index()) + "@bench.navyk.ru",
                        String.format("+7 900 %03d-%02d-%02d", p.index() / 10000 % 1000, p.index() / 100 % 100,
                                p.index() % 100),
                        p.hired(), p.education(), p.active());
            }
            g.counted(person);
        }
        try (BatchInsert department = new BatchInsert(g.connection(), "department", "id", "row_version", "name",
                "parent_id", "head_id", "active")) {
            for (DepartmentPlan d : plan.departments) {
                department.row(g.departmentId(d.index()), 0L, d.name(),
                        d.parent() < 0 ? null : g.departmentId(d.parent()),
                        d.head() < 0 ? null : g.personId(d.head()), true);
            }
            g.counted(department);
        }
        try (BatchInsert team = new BatchInsert(g.connection(), "team", "id", "row_version", "name", "department_id",
                "parent_id", "supervisor_id", "active")) {
            for (TeamPlan t : plan.teams) {
                team.row(g.teamId(t.index()), 0L, t.name(), g.departmentId(t.department()), null,
                        g.personId(t.supervisor()), true);
            }
            g.counted(team);
        }
        writePositions(g);
        writeMemberships(g);
        writeTrainings(g, random);
        writeMentorships(g);
    }

    private static void writePositions(Generation g) throws SQLException {
        try (BatchInsert position = new BatchInsert(g.connection(), "position_assignment", "id", "person_id",
                "title", "qualification_level", "started_on", "ended_on", "job_profile_id")) {
            for (PersonPlan p : g.plan().persons) {
                long id = g.personId(p.index());
                Long profile = g.profileId(p.kind().profileCode);
                if (p.promoted() != null) {
                    // Supervisors and senior operators started as operators.
                    position.row(g.nextId("position_assignment"), id, Kind.AGENT.title, Kind.AGENT.level, p.hired(),
                            p.promoted().minusDays(1), g.profileId(Kind.AGENT.profileCode));
                }
                position.row(g.nextId("position_assignment"), id, p.kind().title, p.kind().level, p.positionSince(),
                        p.left(), profile);
            }
            g.counted(position);
        }
    }

    private static void writeMemberships(Generation g) throws SQLException {
        try (BatchInsert membership = new BatchInsert(g.connection(), "team_membership", "id", "person_id", "team_id",
                "started_on", "ended_on")) {
            for (PersonPlan p : g.plan().persons) {
                long id = g.personId(p.index());
                LocalDate since = p.hired();
                if (p.previousTeam() >= 0) {
                    membership.row(g.nextId("team_membership"), id, g.teamId(p.previousTeam()), p.hired(),
                            p.transferred().minusDays(1));
                    since = p.transferred();
                }
                membership.row(g.nextId("team_membership"), id, g.teamId(p.team()), since, p.left());
            }
            g.counted(membership);
        }
    }

    private static void writeTrainings(Generation g, Random random) throws SQLException {
        try (BatchInsert training = new BatchInsert(g.connection(), "training_record", "id", "person_id", "kind",
                "title", "completed_on", "hours")) {
            for (PersonPlan p : g.plan().persons) {
                long id = g.personId(p.index());
                training.row(g.nextId("training_record"), id, "SHORT_TRAINING", "Вводный курс сотрудника центра",
                        p.hired().plusDays(10), 16);
                if (p.hired().isBefore(g.plan().asOf.minusDays(2 * 365)) && random.nextDouble() < 0.4) {
                    training.row(g.nextId("training_record"), id, "UPSKILLING",
                            "Повышение квалификации: работа с претензиями",
                            g.plan().asOf.minusDays(30 + random.nextInt(4 * 365)), 72);
                }
            }
            g.counted(training);
        }
    }

    private static void writeMentorships(Generation g) throws SQLException {
        CentrePlan plan = g.plan();
        try (BatchInsert mentorship = new BatchInsert(g.connection(), "mentorship", "id", "mentor_id", "trainee_id",
                "started_on", "ended_on")) {
            for (PersonPlan p : plan.persons) {
                if (p.kind() != Kind.AGENT && p.kind() != Kind.TRAINEE) {
                    continue;
                }
                int mentor = plan.mentorOf(p.team());
                if (mentor < 0 || p.hired().isBefore(plan.asOf.minusDays(2 * 365))) {
                    continue;
                }
                LocalDate ended = p.kind() == Kind.TRAINEE ? null : p.hired().plusDays(90);
                mentorship.row(g.nextId("mentorship"), g.personId(mentor), g.personId(p.index()), p.hired(), ended);
            }
            g.counted(mentorship);
        }
    }

    /** Login of the person with this plan index; e-mails use it too. */
    static String username(int index) {
        return String.format("b%06d", index + 1);
    }
}
