package ru.navyk.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.Department;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamMembership;
import ru.navyk.domain.people.TrainingRecord;
import ru.navyk.infrastructure.demo.DemoAccounts.DemoAccount;
import ru.navyk.infrastructure.demo.DemoCentre.AccountPlan;

/** The demo centre is consistent on any day: a leap day, the end of a short month, the turn of a year. */
class DemoCentreTest {

    private static final Pattern EMAIL = Pattern.compile("[a-z]+\\.[a-z]+@demo\\.navyk\\.ru");

    private static DemoCentre centre(String day) {
        DemoCentre centre = DemoCentre.on(LocalDate.parse(day));
        centre.appointLeaders();
        return centre;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29", "2025-12-31"})
    void aboutFortyPeopleAndOneFormerEmployee(String day) {
        DemoCentre centre = centre(day);

        assertTrue(centre.people().size() >= 38 && centre.people().size() <= 48, "people: " + centre.people().size());
        List<Person> inactive = centre.people().stream().filter(p -> !p.isActive()).toList();
        assertEquals(1, inactive.size());
        assertTrue(inactive.get(0).currentTeam().isEmpty(), "a former employee is in no team");
        assertEquals(DemoAccounts.FORMER_EMPLOYEE, accountOf(centre, inactive.get(0)).username());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29", "2025-12-31"})
    void everyActivePersonHasAPositionAndATeamOfTheCentre(String day) {
        DemoCentre centre = centre(day);
        LocalDate today = LocalDate.parse(day);

        for (Person person : centre.people()) {
            assertTrue(person.currentPosition().isPresent(), person.getFullName());
            if (person.isActive()) {
                Team team = person.currentTeam().orElseThrow(() -> new AssertionError(person.getFullName()));
                assertTrue(centre.teams().contains(team), person.getFullName());
            }
            assertFalse(person.getHireDate().isAfter(today), person.getFullName());
            assertEquals(person.getHireDate(), person.getPositions().get(0).getStartedOn(), person.getFullName());
            for (TeamMembership membership : person.getMemberships()) {
                assertFalse(membership.getStartedOn().isBefore(person.getHireDate()), person.getFullName());
            }
            for (TrainingRecord training : person.getTrainings()) {
                assertFalse(training.getCompletedOn().isAfter(today), person.getFullName());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29"})
    void emailsPersonnelNumbersAndUsernamesAreUnique(String day) {
        DemoCentre centre = centre(day);

        Set<String> emails = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Person person : centre.people()) {
            assertTrue(EMAIL.matcher(person.getEmail()).matches(), person.getEmail());
            assertTrue(emails.add(person.getEmail()), "twice: " + person.getEmail());
            assertTrue(numbers.add(person.getPersonnelNumber()), "twice: " + person.getPersonnelNumber());
        }
        Set<String> usernames = centre.accounts().stream().map(AccountPlan::username).collect(Collectors.toSet());
        assertEquals(centre.accounts().size(), usernames.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29"})
    void everyPersonHasExactlyOneAccount(String day) {
        DemoCentre centre = centre(day);

        Map<Person, Long> accounts = centre.accounts().stream()
                .collect(Collectors.groupingBy(AccountPlan::person, IdentityHashMap::new, Collectors.counting()));
        assertEquals(centre.people().size(), accounts.size());
        assertTrue(accounts.values().stream().allMatch(count -> count == 1));
        assertTrue(centre.people().containsAll(accounts.keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29"})
    void theDocumentedAccountsAreWhoTheReadmeSays(String day) {
        DemoCentre centre = centre(day);
        Map<String, AccountPlan> byUsername = centre.accounts().stream()
                .collect(Collectors.toMap(AccountPlan::username, Function.identity()));

        for (DemoAccount documented : DemoAccounts.DOCUMENTED) {
            AccountPlan plan = byUsername.get(documented.username());
            assertNotNull(plan, documented.username());
            assertEquals(documented.roles(), plan.roles(), documented.username());
            assertEquals(documented.fullName(), plan.person().getFullName(), documented.username());
            assertEquals(documented.team(), plan.person().currentTeam().orElseThrow().getName());
            assertTrue(plan.person().isActive(), documented.username());
        }
        Person head = byUsername.get(DemoAccounts.HEAD).person();
        assertEquals(6, head.currentPosition().orElseThrow().getQualificationLevel());
        assertSame(head, centre.headOf(department(centre, DemoCentre.CENTRE)));
        assertSame(head, centre.headOf(department(centre, DemoCentre.CUSTOMER_SERVICE)));
        assertSame(byUsername.get(DemoAccounts.SUPERVISOR).person(),
                team(centre, DemoCentre.GROUP_1).getSupervisor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29"})
    void everyTeamHasASupervisorWhoWorksInItAndIsAManager(String day) {
        DemoCentre centre = centre(day);

        assertTrue(centre.teams().size() >= 5);
        for (Team team : centre.teams()) {
            Person supervisor = team.getSupervisor();
            assertNotNull(supervisor, team.getName());
            assertTrue(supervisor.isActive(), team.getName());
            assertSame(team, supervisor.currentTeam().orElseThrow(), team.getName());
            assertTrue(accountOf(centre, supervisor).roles().contains(Role.MANAGER), team.getName());
            long members = centre.people().stream().filter(p -> p.currentTeam().orElse(null) == team).count();
            assertTrue(members >= 6 && members <= 10, team.getName() + ": " + members);
        }
        Team subTeam = team(centre, DemoCentre.ADAPTATION);
        assertSame(team(centre, DemoCentre.GROUP_1), subTeam.getParent());
        for (Team team : centre.teams()) {
            assertTrue(team.getParent() == null || centre.teams().indexOf(team.getParent())
                    < centre.teams().indexOf(team), "parents are stored first: " + team.getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29"})
    void departmentsNestWithHeads(String day) {
        DemoCentre centre = centre(day);

        Department root = department(centre, DemoCentre.CENTRE);
        Department customerService = department(centre, DemoCentre.CUSTOMER_SERVICE);
        Department lineTwo = department(centre, DemoCentre.LINE_2);
        assertNull(root.getParent());
        assertSame(root, customerService.getParent());
        assertSame(customerService, lineTwo.getParent());
        assertSame(lineTwo, team(centre, DemoCentre.TECH_SUPPORT).getDepartment());
        for (Department department : centre.departments()) {
            assertNotNull(department.getHead(), department.getName());
            assertTrue(centre.people().contains(department.getHead()), department.getName());
            assertTrue(department.getParent() == null || centre.departments().indexOf(department.getParent())
                    < centre.departments().indexOf(department), "parents are stored first: " + department.getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29", "2025-12-31"})
    void mentorshipsJoinPeopleOfTheCentreAndRunningOnesAreForNewTrainees(String day) {
        DemoCentre centre = centre(day);
        LocalDate today = LocalDate.parse(day);

        for (Mentorship mentorship : centre.mentorships()) {
            assertTrue(centre.people().contains(mentorship.getMentor()));
            assertTrue(centre.people().contains(mentorship.getTrainee()));
            assertFalse(mentorship.getStartedOn().isBefore(mentorship.getTrainee().getHireDate()));
            assertTrue(accountOf(centre, mentorship.getMentor()).roles().contains(Role.MENTOR),
                    mentorship.getMentor().getFullName());
        }
        List<Mentorship> running = centre.mentorships().stream().filter(m -> m.isRunningOn(today)).toList();
        assertTrue(running.size() >= 3);
        for (Mentorship mentorship : running) {
            Person trainee = mentorship.getTrainee();
            assertFalse(trainee.getHireDate().isBefore(today.minusMonths(2)), trainee.getFullName());
            assertEquals(DemoCentre.ADAPTATION, trainee.currentTeam().orElseThrow().getName());
        }
        Person mentor = person(centre, DemoAccounts.MENTOR);
        List<Person> trainees = running.stream().filter(m -> m.getMentor() == mentor).map(Mentorship::getTrainee)
                .toList();
        assertEquals(2, trainees.size());
        assertTrue(trainees.contains(person(centre, DemoAccounts.TRAINEE)));
        assertTrue(centre.mentorships().stream().anyMatch(m -> !m.isRunningOn(today)), "some mentorships ended");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2024-02-29"})
    void historyHasPromotionsTransfersAndOverdueUpskilling(String day) {
        DemoCentre centre = centre(day);
        LocalDate today = LocalDate.parse(day);

        assertTrue(centre.people().stream().filter(p -> p.getPositions().size() >= 3).count() >= 3, "promotions");
        assertTrue(centre.people().stream().filter(p -> p.getMemberships().size() >= 2).count() >= 5, "transfers");
        long overdue = centre.people().stream().filter(Person::isActive)
                .filter(p -> p.getTrainings().stream().anyMatch(t -> t.getKind() == TrainingKind.UPSKILLING))
                .filter(p -> p.getTrainings().stream().filter(t -> t.getKind() == TrainingKind.UPSKILLING)
                        .allMatch(t -> t.getCompletedOn().isBefore(today.minusYears(3))))
                .count();
        assertTrue(overdue >= 3, "people whose last upskilling is over three years old: " + overdue);
        assertTrue(centre.people().stream().flatMap(p -> p.getTrainings().stream())
                .anyMatch(t -> t.getKind() == TrainingKind.PROFESSIONAL_TRAINING));
        assertTrue(centre.people().stream().map(Person::getEducation).distinct().count() >= 5, "education varies");
        for (Person person : centre.people()) {
            List<PositionAssignment> positions = person.getPositions();
            for (int i = 1; i < positions.size(); i++) {
                assertEquals(positions.get(i).getStartedOn().minusDays(1), positions.get(i - 1).getEndedOn());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01"})
    void theSameDayGivesTheSameCentre(String day) {
        assertEquals(describe(centre(day)), describe(centre(day)));
    }

    private static List<String> describe(DemoCentre centre) {
        return centre.people().stream().map(p -> p.getFullName() + p.getEmail() + p.getHireDate() + p.getEducation()
                + p.getPositions().stream().map(a -> a.getTitle() + a.getStartedOn()).toList()
                + p.getMemberships().stream().map(m -> m.getTeam().getName() + m.getStartedOn()).toList()
                + p.getTrainings().stream().map(t -> t.getTitle() + t.getCompletedOn()).toList()).toList();
    }

    private static AccountPlan accountOf(DemoCentre centre, Person person) {
        return centre.accounts().stream().filter(a -> a.person() == person).findFirst().orElseThrow();
    }

    private static Person person(DemoCentre centre, String username) {
        return centre.accounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow()
                .person();
    }

    private static Team team(DemoCentre centre, String name) {
        return centre.teams().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Department department(DemoCentre centre, String name) {
        return centre.departments().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }
}
