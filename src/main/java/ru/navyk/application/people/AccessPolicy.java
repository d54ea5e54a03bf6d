package ru.navyk.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.NotFoundException;

/**
 * Who may see whose records — the one policy every service and REST resource applies:
 * <ul>
 *   <li>an administrator and HR: everyone;</li>
 *   <li>a manager: the current members of the teams they supervise and of every team below those, and of every team
 *       in the departments (and sub-departments) they head;</li>
 *   <li>a mentor: the trainees of their mentorships running today;</li>
 *   <li>everybody: themselves.</li>
 * </ul>
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    private TeamRepository teams;

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private PersonRepository people;

    @Inject
    private Clock clock;

    public PersonScope scopeOf(Viewer viewer) {
        if (viewer.hasAny(Role.ADMIN, Role.HR)) {
            return PersonScope.EVERYONE;
        }
        Set<Long> people = new HashSet<>();
        Set<Long> teamIds = new HashSet<>();
        if (viewer.personId() != null) {
            people.add(viewer.personId());
            if (viewer.has(Role.MENTOR)) {
                people.addAll(mentorships.traineeIdsOf(viewer.personId(), LocalDate.now(clock)));
            }
            if (viewer.has(Role.MANAGER)) {
                teamIds.addAll(managedTeamIds(viewer.personId()));
            }
        }
        return new PersonScope(false, teamIds, people);
    }

    public boolean canSee(Viewer viewer, Person person) {
        PersonScope scope = scopeOf(viewer);
        return scope.everyone() || scope.personIds().contains(person.getId())
                || person.currentTeam().map(team -> scope.teamIds().contains(team.getId())).orElse(false);
    }

    /**
     * The person, if the viewer may see them; otherwise {@link NotFoundException}, exactly as for a missing id, so
     * guessing ids reveals nothing. Deactivated people are visible only to HR, administrators and themselves.
     */
    public Person visiblePerson(Viewer viewer, long personId) {
        Person person = people.find(personId).orElseThrow(() -> new NotFoundException(PeopleService.ENTITY));
        if (!canSee(viewer, person) || (!person.isActive() && !viewer.hasAny(Role.ADMIN, Role.HR)
                && !viewer.isSelf(personId))) {
            throw new NotFoundException(PeopleService.ENTITY);
        }
        return person;
    }

    /**
     * Whether the viewer manages the person: holds MANAGER and the person is a current member of a team the viewer
     * supervises (or of a team below it, or in a department the viewer heads). Nobody manages themselves. Decisions
     * about a person's qualification and probation are a manager's; seeing is not enough (a mentor sees, but does not
     * decide).
     */
    public boolean manages(Viewer viewer, Person person) {
        if (!viewer.has(Role.MANAGER) || viewer.personId() == null || viewer.isSelf(person.getId())) {
            return false;
        }
        Set<Long> managed = managedTeamIds(viewer.personId());
        return person.currentTeam().map(team -> managed.contains(team.getId())).orElse(false);
    }

    /** Refuses unless the viewer holds one of {@code roles}. */
    public void requireAny(Viewer viewer, Role... roles) {
        if (!viewer.hasAny(roles)) {
            throw new AccessDeniedException(viewer.username() + " lacks the role for this");
        }
    }

    /** Teams supervised by the person, teams below them, and teams of departments the person heads (transitively). */
    Set<Long> managedTeamIds(long personId) {
        return teams.structure().teamsManagedBy(personId);
    }
}
