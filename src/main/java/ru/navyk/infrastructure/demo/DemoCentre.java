package ru.navyk.infrastructure.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.navyk.domain.people.Department;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;

/**
 * The demo contact centre as new, unsaved domain objects, with every date counted back from {@code today}: the same
 * day always gives the same centre. Departments and teams are built without their heads and supervisors, because
 * those people can be stored only after the teams they belong to; {@link #appointLeaders()} fills them in.
 */
public final class DemoCentre {

    public static final String CENTRE = "Контактный центр „Навык-Демо“";
    public static final String CUSTOMER_SERVICE = "Отдел обслуживания клиентов";
    public static final String LINE_2 = "Линия 2 — техническая поддержка";

    public static final String MANAGEMENT = "Группа управления и сопровождения";
    public static final String GROUP_1 = "Группа 1 — входящая линия";
    /** The sub-team of {@link #GROUP_1} where trainees spend their first months. */
    public static final String ADAPTATION = "Группа 1.1 — адаптация стажёров";
    public static final String GROUP_2 = "Группа 2 — входящая линия";
    public static final String SALES = "Группа продаж";
    public static final String TECH_SUPPORT = "Техническая поддержка";

    /** An account to create for a person of the centre; deactivated people get a deactivated account. */
    public record AccountPlan(String username, Set<Role> roles, Person person) {

        public AccountPlan {
            roles = Set.copyOf(roles);
        }
    }

    private final List<Department> departments;
    private final List<Team> teams;
    private final Map<Department, Person> heads;
    private final Map<Team, Person> supervisors;
    private final List<Person> people;
    private final List<Mentorship> mentorships;
    private final List<AccountPlan> accounts;

    DemoCentre(Map<Department, Person> heads, Map<Team, Person> supervisors, List<Person> people,
               List<Mentorship> mentorships, List<AccountPlan> accounts) {
        this.heads = new LinkedHashMap<>(heads);
        this.supervisors = new LinkedHashMap<>(supervisors);
        this.departments = List.copyOf(heads.keySet());
        this.teams = List.copyOf(supervisors.keySet());
        this.people = List.copyOf(people);
        this.mentorships = List.copyOf(mentorships);
        this.accounts = List.copyOf(accounts);
    }

    /** The demo centre as it stands on {@code today}. */
    public static DemoCentre on(LocalDate today) {
        return new DemoCentreBuilder(today).build();
    }

    /** Gives each department its head and each team its supervisor. */
    public void appointLeaders() {
        heads.forEach((department, head) -> department.change(department.getName(), department.getParent(), head));
        supervisors.forEach((team, supervisor) -> team.change(team.getName(), team.getDepartment(), team.getParent(),
                supervisor));
    }

    /** Parents before their sub-departments. */
    public List<Department> departments() {
        return departments;
    }

    /** Parents before their sub-teams. */
    public List<Team> teams() {
        return teams;
    }

    public Person headOf(Department department) {
        return heads.get(department);
    }

    public Person supervisorOf(Team team) {
        return supervisors.get(team);
    }

    public List<Person> people() {
        return people;
    }

    public List<Mentorship> mentorships() {
        return mentorships;
    }

    public List<AccountPlan> accounts() {
        return accounts;
    }
}
