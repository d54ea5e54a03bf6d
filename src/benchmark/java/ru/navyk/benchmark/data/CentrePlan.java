package ru.navyk.benchmark.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Who works where in a generated centre of {@code people} people, decided from the seed alone: a head of the centre;
 * administrators, HR, quality and planning specialists in a management team; operational teams of about 15 (a
 * supervisor, a mentor per about ten agents, agents, a few trainees hired in the last three months, about 2% former
 * employees); ten teams per service department. Hire dates, promotions and transfers go back up to eight years
 * before {@code asOf}. Rows are numbered from 0; {@link Generation} turns numbers into database ids.
 */
public final class CentrePlan {

    static final int TEAM_SIZE = 15;
    static final int TEAMS_PER_DEPARTMENT = 10;

    /** One person: their kind, current team (an index into {@link #teams}) and history dates. */
    record PersonPlan(int index, Kind kind, int team, boolean female, String lastName, String firstName,
                      String middleName, LocalDate hired, LocalDate promoted, int previousTeam, LocalDate transferred,
                      boolean active, LocalDate left, String education) {

        String fullName() {
            return lastName + " " + firstName + " " + middleName;
        }

        /** The day this person's current position started: the promotion, else the hire. */
        LocalDate positionSince() {
            return promoted != null ? promoted : hired;
        }
    }

    /** A team: its name, department (an index into {@link #departments}) and supervisor (a person index). */
    record TeamPlan(int index, String name, int department, int supervisor, List<Integer> members) {
    }

    /** A department: its name, parent (-1 for the centre) and head (a person index). */
    record DepartmentPlan(int index, String name, int parent, int head) {
    }

    private static final String[] EDUCATION = {"SECONDARY_GENERAL", "SECONDARY_VOCATIONAL", "SECONDARY_VOCATIONAL",
        "HIGHER_BACHELOR", "HIGHER_BACHELOR", "HIGHER_SPECIALIST", "HIGHER_MASTER"};

    final int people;
    final LocalDate asOf;
    final List<PersonPlan> persons = new ArrayList<>();
    final List<TeamPlan> teams = new ArrayList<>();
    final List<DepartmentPlan> departments = new ArrayList<>();

    private final Random random;

    private CentrePlan(int people, long seed, LocalDate asOf) {
        this.people = people;
        this.asOf = asOf;
        this.random = new Random(seed);
    }

    public static CentrePlan of(int people, long seed, LocalDate asOf) {
        if (people < 50) {
            throw new IllegalArgumentException("A centre needs at least 50 people, was " + people);
        }
        CentrePlan plan = new CentrePlan(people, seed, asOf);
        plan.build();
        return plan;
    }

    private void build() {
        departments.add(new DepartmentPlan(0, "Контактный центр «Навык-Бенчмарк»", -1, 0));
        int head = add(Kind.HEAD, 0, daysAgo(8 * 365));
        List<Integer> staff = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            staff.add(add(Kind.ADMIN, 0, randomHire(365, 8 * 365)));
        }
        for (int i = 0; i < Math.max(2, people / 250); i++) {
            staff.add(add(Kind.HR, 0, randomHire(365, 8 * 365)));
        }
        for (int i = 0; i < Math.max(1, people / 100); i++) {
            staff.add(add(Kind.QUALITY, 0, randomHire(365, 8 * 365)));
        }
        for (int i = 0; i < Math.max(1, people / 200); i++) {
            staff.add(add(Kind.PLANNER, 0, randomHire(365, 8 * 365)));
        }
        teams.add(new TeamPlan(0, "Группа управления и сопровождения", 0, head, staff));

        int remaining = people - persons.size();
        int operational = Math.max(1, Math.round(remaining / (float) TEAM_SIZE));
        for (int t = 0; t < operational; t++) {
            int teamIndex = t + 1;
            int size = remaining / operational + (t < remaining % operational ? 1 : 0);
            int department = departmentFor(t);
            LocalDate supervisorHired = randomHire(3 * 365, 8 * 365);
            int supervisor = add(Kind.SUPERVISOR, teamIndex, supervisorHired);
            if (t % TEAMS_PER_DEPARTMENT == 0) {
                DepartmentPlan d = departments.get(department);
                departments.set(department, new DepartmentPlan(d.index(), d.name(), d.parent(), supervisor));
            }
            List<Integer> members = new ArrayList<>();
            for (int m = 0; m < size - 1; m++) {
                Kind kind = m == 0 || (m == 7 && t % 2 == 0) ? Kind.MENTOR
                        : random.nextDouble() < 0.06 ? Kind.TRAINEE : Kind.AGENT;
                LocalDate hired = switch (kind) {
                    case MENTOR -> randomHire(2 * 365, 8 * 365);
                    case TRAINEE -> randomHire(1, 80);
                    default -> agentHire();
                };
                members.add(add(kind, teamIndex, hired));
            }
            teams.add(new TeamPlan(teamIndex, "Группа " + teamIndex + " — "
                    + (teamIndex % 5 == 0 ? "исходящая линия" : "входящая линия"), department, supervisor, members));
        }
        for (int i = 0; i < persons.size(); i++) {
            persons.set(i, withHistory(persons.get(i), operational));
        }
    }

    private int departmentFor(int operationalTeam) {
        int number = operationalTeam / TEAMS_PER_DEPARTMENT + 1;
        if (number >= departments.size()) {
            departments.add(new DepartmentPlan(number, "Отдел обслуживания клиентов № " + number, 0, -1));
        }
        return number;
    }

    private int add(Kind kind, int team, LocalDate hired) {
        boolean female = random.nextDouble() < 0.65;
        String[] name = Names.person(random, female);
        int index = persons.size();
        persons.add(new PersonPlan(index, kind, team, female, name[0], name[1], name[2], hired, null, -1, null, true,
                null, EDUCATION[random.nextInt(EDUCATION.length)]));
        return index;
    }

    /** Promotions (operators became supervisors or senior operators), transfers and departures. */
    private PersonPlan withHistory(PersonPlan p, int operationalTeams) {
        LocalDate promoted = null;
        if (p.kind() == Kind.SUPERVISOR || p.kind() == Kind.MENTOR) {
            promoted = p.hired().plusDays(365 + random.nextInt(365));
            if (promoted.isAfter(asOf.minusDays(30))) {
                promoted = asOf.minusDays(30);
            }
        }
        int previousTeam = -1;
        LocalDate transferred = null;
        if (p.kind() == Kind.AGENT && operationalTeams > 1 && p.hired().isBefore(asOf.minusDays(365))
                && random.nextDouble() < 0.2) {
            previousTeam = 1 + Math.floorMod(p.team() - 1 + 1 + random.nextInt(operationalTeams - 1),
                    operationalTeams);
            long days = asOf.toEpochDay() - p.hired().toEpochDay();
            transferred = p.hired().plusDays(90 + random.nextInt((int) Math.max(1, days - 120)));
        }
        boolean active = true;
        LocalDate left = null;
        if (p.kind() == Kind.AGENT && random.nextDouble() < 0.02) {
            active = false;
            left = asOf.minusDays(1 + random.nextInt(300));
            if (!left.isAfter(p.hired())) {
                left = p.hired().plusDays(30);
            }
            if (transferred != null && !transferred.isBefore(left)) {
                previousTeam = -1;
                transferred = null;
            }
        }
        return new PersonPlan(p.index(), p.kind(), p.team(), p.female(), p.lastName(), p.firstName(),
                p.middleName(), p.hired(), promoted, previousTeam, transferred, active, left, p.education());
    }

    /** Agents' hire dates lean towards recent ones: contact centres lose and replace many operators each year. */
    private LocalDate agentHire() {
        double u = random.nextDouble();
        return daysAgo(90 + (int) (u * u * (6 * 365 - 90)));
    }

    private LocalDate randomHire(int minDaysAgo, int maxDaysAgo) {
        return daysAgo(minDaysAgo + random.nextInt(maxDaysAgo - minDaysAgo + 1));
    }

    private LocalDate daysAgo(int days) {
        return asOf.minusDays(days);
    }

    /** The team's first mentor, or -1. */
    int mentorOf(int team) {
        return teams.get(team).members().stream().filter(m -> persons.get(m).kind() == Kind.MENTOR).findFirst()
                .orElse(-1);
    }
}
