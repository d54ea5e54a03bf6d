package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import ru.navyk.domain.knowledge.Audience;
import ru.navyk.domain.knowledge.AudienceDirectory;
import ru.navyk.domain.people.PersonScope;

/**
 * Resolves a campaign's {@link Audience} to the people it asks, today. The one place that knows what each kind means:
 * <ul>
 *   <li>{@code TEAM}: the current members of the chosen teams and of every team below them, at any depth;</li>
 *   <li>{@code LABOR_FUNCTION}: the people whose <em>current</em> position assignment carries the qualification level
 *       of one of the chosen labor functions (level 3 for {@code A/01.3}): the standard assigns each function to the
 *       positions of its level, so operators (3) are concerned by A-functions, supervisors (5) by D-functions.
 *       Quality and planning specialists share level 4 and so both receive B- and C-function changes; a job-profile
 *       audience will be the precise choice where that matters. Positions without a level are never included;</li>
 *   <li>{@code PERSON}: the named people;</li>
 *   <li>{@code POSITION}: the people whose current position title equals one of the chosen titles, ignoring case.</li>
 * </ul>
 * Every kind yields active people only. A publisher who does not see everyone (a manager) reaches only the people of
 * their scope: {@link #resolve(Audience, PersonScope)} intersects with it.
 */
@ApplicationScoped
public class AudienceResolver {

    private AudienceDirectory directory;

    /** For the container's proxy only. */
    protected AudienceResolver() {
    }

    @Inject
    public AudienceResolver(AudienceDirectory directory) {
        this.directory = directory;
    }

    /** The people the audience names today. */
    public Set<Long> resolve(Audience audience) {
        // A switch expression over the kind must name every kind, so a new kind cannot be forgotten here.
        return switch (audience.kind()) {
            case JOB_PROFILE -> directory.withCurrentJobProfile(((Audience.JobProfiles) audience).profileIds());
            case TEAM -> directory.currentMembers(withSubTeams(((Audience.Teams) audience).teamIds()));
            case LABOR_FUNCTION -> directory.withCurrentLevel(((Audience.LaborFunctions) audience).levels());
            case PERSON -> directory.active(((Audience.People) audience).personIds());
            case POSITION -> directory.withCurrentTitle(((Audience.Positions) audience).normalizedTitles());
        };
    }

    /** The people the audience names today that the scope allows. */
    public Set<Long> resolve(Audience audience, PersonScope scope) {
        Set<Long> people = new HashSet<>(resolve(audience));
        if (scope.everyone()) {
            return people;
        }
        Set<Long> visible = new HashSet<>(scope.personIds());
        visible.addAll(directory.currentMembers(scope.teamIds()));
        people.retainAll(visible);
        return people;
    }

    /** The teams and all teams below them. */
    Set<Long> withSubTeams(Set<Long> teamIds) {
        Map<Long, Long> parents = directory.teamParents();
        Set<Long> all = new HashSet<>(teamIds);
        Deque<Long> toVisit = new ArrayDeque<>(teamIds);
        while (!toVisit.isEmpty()) {
            long parent = toVisit.pop();
            parents.forEach((team, teamParent) -> {
                if (teamParent != null && teamParent == parent && all.add(team)) {
                    toVisit.add(team);
                }
            });
        }
        return all;
    }
}
