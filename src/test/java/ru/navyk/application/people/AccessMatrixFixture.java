package ru.navyk.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.navyk.domain.people.Department;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Team;

/**
 * Seeds, inside the deployed WAR, a small organisation for the access matrix: a department headed by a head of
 * centre, team A with sub-team A1, team B, a supervisor of A, agents in A, A1 and B, a mentor with one trainee in B.
 * Every run uses fresh names, so tests never depend on each other's data.
 */
@ApplicationScoped
public class AccessMatrixFixture {

    /** The seeded people's ids. */
    public record Organisation(long head, long supervisorA, long agentA, long agentA1, long agentB, long mentor,
                               long traineeB, long outsider, long teamA, long teamA1, long teamB) {
    }

    /** A department of one large team: its head, the team's members, and someone in another team. */
    public record LargeDepartment(long head, List<Long> members, long outsider) {
    }

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Transactional
    public Organisation seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate hired = LocalDate.now().minusYears(1);
        Person head = person("Главный", run, hired);
        Person supervisorA = person("Супервайзер", run, hired);
        Person agentA = person("АгентА", run, hired);
        Person agentA1 = person("АгентАодин", run, hired);
        Person agentB = person("АгентБ", run, hired);
        Person mentor = person("Наставник", run, hired);
        Person traineeB = person("Стажер", run, LocalDate.now().minusDays(10));
        Person outsider = person("Посторонний", run, hired);
        Department department = new Department("Отдел " + run, null, head);
        em.persist(department);
        Team teamA = new Team("A " + run, department, null, supervisorA);
        Team teamA1 = new Team("A1 " + run, null, teamA, null);
        Team teamB = new Team("B " + run, null, null, null);
        Team teamC = new Team("C " + run, null, null, null);
        em.persist(teamA);
        em.persist(teamA1);
        em.persist(teamB);
        em.persist(teamC);
        agentA.moveToTeam(teamA, hired);
        supervisorA.moveToTeam(teamA, hired);
        agentA1.moveToTeam(teamA1, hired);
        agentB.moveToTeam(teamB, hired);
        traineeB.moveToTeam(teamB, LocalDate.now().minusDays(10));
        mentor.moveToTeam(teamB, hired);
        outsider.moveToTeam(teamC, hired);
        em.persist(new Mentorship(mentor, traineeB, LocalDate.now().minusDays(10), null));
        em.persist(new Mentorship(mentor, agentB, LocalDate.now().minusYears(1), LocalDate.now().minusMonths(6)));
        em.flush();
        return new Organisation(head.getId(), supervisorA.getId(), agentA.getId(), agentA1.getId(), agentB.getId(),
                mentor.getId(), traineeB.getId(), outsider.getId(), teamA.getId(), teamA1.getId(), teamB.getId());
    }

    /** A department whose head manages one team of {@code size} agents, and an outsider in a team of their own. */
    @Transactional
    public LargeDepartment seedLargeDepartment(int size) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate hired = LocalDate.now().minusYears(1);
        Person head = person("Руководитель", run, hired);
        Department department = new Department("Большой отдел " + run, null, head);
        em.persist(department);
        Team team = new Team("Большая " + run, department, null, null);
        Team other = new Team("Другая " + run, null, null, null);
        em.persist(team);
        em.persist(other);
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Person agent = person("Агент" + i, run, hired);
            agent.moveToTeam(team, hired);
            members.add(agent);
        }
        Person outsider = person("Посторонний", run, hired);
        outsider.moveToTeam(other, hired);
        em.flush(); // identity columns: the ids exist only once the rows are inserted
        return new LargeDepartment(head.getId(), members.stream().map(Person::getId).toList(), outsider.getId());
    }

    private Person person(String lastName, String run, LocalDate hired) {
        Person person = new Person(lastName, "Тест", null, lastName.toLowerCase() + "." + run + "@example.ru",
                hired);
        person.assignPosition("Оператор", 3, hired);
        em.persist(person);
        return person;
    }
}
