package ru.navyk.application.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.navyk.application.people.AccessMatrixFixture.Organisation;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonQuery;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.qualification.QualificationPeopleRepository;
import ru.navyk.testsupport.Deployments;

/**
 * The access matrix, inside the real WAR against the real database: for each role, exactly which people of a small
 * organisation the policy lets the viewer see, both one by one ({@code canSee}) and through every list whose SQL
 * applies the same scope: the directory's page and count, the qualification overview's ids and count, and the
 * current mentorships.
 */
@ExtendWith(ArquillianExtension.class)
class AccessPolicyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWith(AccessPolicyIT.class, AccessMatrixFixture.class,
                AccessMatrixFixture.Organisation.class);
    }

    @Inject
    private AccessMatrixFixture fixture;

    @Inject
    private AccessPolicy access;

    @Inject
    private PersonRepository people;

    @Inject
    private QualificationPeopleRepository qualificationPeople;

    @Inject
    private MentorshipRepository mentorships;

    private Organisation org;

    @BeforeEach
    void seed() {
        org = fixture.seed();
    }

    @Test
    void anAgentSeesOnlyThemselves() {
        assertVisible(viewer(org.agentA(), Role.AGENT), org.agentA());
    }

    @Test
    void aSupervisorSeesTheirTeamAndItsSubTeamButNotOtherTeams() {
        assertVisible(viewer(org.supervisorA(), Role.MANAGER, Role.AGENT),
                org.supervisorA(), org.agentA(), org.agentA1());
    }

    @Test
    void aHeadOfDepartmentSeesEveryTeamOfTheDepartmentAndTheirSubTeams() {
        assertVisible(viewer(org.head(), Role.MANAGER), org.head(), org.supervisorA(), org.agentA(), org.agentA1());
    }

    @Test
    void aMentorSeesTheirCurrentTraineeButNotAFormerOne() {
        assertVisible(viewer(org.mentor(), Role.MENTOR, Role.AGENT), org.mentor(), org.traineeB());
    }

    @Test
    void theManagerRoleWithoutTeamsGivesNothingExtra() {
        assertVisible(viewer(org.outsider(), Role.MANAGER), org.outsider());
    }

    @Test
    void hrAndAdministratorsSeeEveryone() {
        for (Role role : new Role[] {Role.HR, Role.ADMIN}) {
            Viewer viewer = viewer(org.outsider(), role);
            assertEquals(PersonScope.EVERYONE, access.scopeOf(viewer));
            for (long id : all()) {
                assertEquals(true, access.canSee(viewer, people.find(id).orElseThrow()), role + " sees " + id);
            }
        }
    }

    /**
     * A scope larger than a repository lists by id keeps the membership join: the head of a department of 600 agents
     * still sees exactly them and themselves, in the directory, its count and the qualification overview.
     */
    @Test
    void aHeadOfADepartmentLargerThanAListOfIdsSeesExactlyIt() {
        AccessMatrixFixture.LargeDepartment large = fixture.seedLargeDepartment(600);
        Viewer head = viewer(large.head(), Role.MANAGER);
        PersonScope scope = access.scopeOf(head);
        Set<Long> expected = new TreeSet<>(large.members());
        expected.add(large.head());

        PersonQuery query = new PersonQuery(null, null, false, scope);
        assertEquals(expected.size(), people.count(query), "count");
        assertEquals(expected, people.search(query, 0, 10_000).stream().map(Person::getId)
                .collect(Collectors.toCollection(TreeSet::new)), "search");
        QualificationPeopleRepository.Filter filter = new QualificationPeopleRepository.Filter(scope, null, null,
                null, null);
        assertEquals(expected, new TreeSet<>(qualificationPeople.ids(filter)), "qualification overview");
        assertEquals(expected.size(), qualificationPeople.count(filter), "qualification overview count");
        assertEquals(false, access.canSee(head, people.find(large.outsider()).orElseThrow()), "the outsider");
    }

    private void assertVisible(Viewer viewer, long... expectedIds) {
        Set<Long> expected = new TreeSet<>();
        for (long id : expectedIds) {
            expected.add(id);
        }
        Set<Long> oneByOne = new TreeSet<>();
        for (long id : all()) {
            Person person = people.find(id).orElseThrow();
            if (access.canSee(viewer, person)) {
                oneByOne.add(id);
            }
        }
        assertEquals(expected, oneByOne, "canSee");

        PersonQuery query = new PersonQuery(null, null, false, access.scopeOf(viewer));
        Set<Long> listed = people.search(query, 0, 10_000).stream().map(Person::getId)
                .filter(id -> contains(all(), id)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, listed, "search");
        // The scope's teams are this run's own, so the counts hold exactly the expected people.
        assertEquals(expected.size(), people.count(query), "count");

        QualificationPeopleRepository.Filter filter = new QualificationPeopleRepository.Filter(query.scope(), null,
                null, null, null);
        assertEquals(expected, new TreeSet<>(qualificationPeople.ids(filter)), "qualification overview");
        assertEquals(expected.size(), qualificationPeople.count(filter), "qualification overview count");

        Set<Long> currentTrainees = Set.of(org.traineeB());
        Set<Long> expectedTrainees = expected.stream().filter(currentTrainees::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> trainees = mentorships.findCurrent(query.scope(), LocalDate.now(), 1_000).stream()
                .map(m -> m.getTrainee().getId()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expectedTrainees, trainees, "current mentorships");
    }

    private long[] all() {
        return new long[] {org.head(), org.supervisorA(), org.agentA(), org.agentA1(), org.agentB(), org.mentor(),
                org.traineeB(), org.outsider()};
    }

    private static boolean contains(long[] ids, long id) {
        for (long candidate : ids) {
            if (candidate == id) {
                return true;
            }
        }
        return false;
    }

    private static Viewer viewer(long personId, Role... roles) {
        return new Viewer(personId * 1000, "viewer" + personId, personId, Set.of(roles));
    }
}
