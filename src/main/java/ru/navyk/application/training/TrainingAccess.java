package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Training's use of the one access policy: who the caller is, whose records they may see (computed once per call and
 * applied to lists in memory or in queries), and the roles that organise training.
 */
@ApplicationScoped
public class TrainingAccess {

    /** Roles that assign courses, see training needs and plans, and organise events. */
    static final Role[] ORGANISERS = {Role.ADMIN, Role.HR, Role.MANAGER};

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    @Inject
    private PersonRepository people;

    @Inject
    private TeamRepository teams;

    public Viewer viewer() {
        return currentUser.viewer();
    }

    public PersonScope scope(Viewer viewer) {
        return access.scopeOf(viewer);
    }

    /** Whether the person is in the scope (the same test as the policy's, without a query per person). */
    public static boolean sees(PersonScope scope, Person person) {
        return scope.everyone() || scope.personIds().contains(person.getId())
                || person.currentTeam().map(team -> scope.teamIds().contains(team.getId())).orElse(false);
    }

    public Person visiblePerson(Viewer viewer, long personId) {
        return access.visiblePerson(viewer, personId);
    }

    /** The caller's own person record; accounts of no person (the first admin) do not learn. */
    public Person self(Viewer viewer) {
        if (viewer.personId() == null) {
            throw new RuleViolationException(null, "rule.training.noPerson");
        }
        return people.find(viewer.personId()).orElseThrow(() -> new NotFoundException("Person"));
    }

    public void requireAny(Viewer viewer, Role... roles) {
        access.requireAny(viewer, roles);
    }

    /** Teams whose training the viewer organises: every active team for HR and administrators, else managed ones. */
    public Set<Long> organisedTeams(Viewer viewer) {
        if (viewer.hasAny(Role.ADMIN, Role.HR)) {
            return teams.findAll().stream().filter(Team::isActive).map(Team::getId).collect(Collectors.toSet());
        }
        return scope(viewer).teamIds();
    }

    /** A team with every team below it. */
    public Set<Long> withSubTeams(long teamId) {
        return teams.structure().withTeamsBelow(Set.of(teamId));
    }

    public Team team(long teamId) {
        return teams.find(teamId).orElseThrow(() -> new NotFoundException("Team"));
    }

    public static String teamName(Person person) {
        return person.currentTeam().map(Team::getName).orElse(null);
    }
}
