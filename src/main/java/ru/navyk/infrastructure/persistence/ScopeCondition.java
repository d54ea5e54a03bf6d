package ru.navyk.infrastructure.persistence;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.people.PersonScope;

/**
 * The access policy's {@link PersonScope} as a JPQL join and condition, so every list, page and count applies it
 * inside the query and never includes people the viewer may not see. Callers answer an empty scope without querying
 * at all.
 *
 * <p>The teams' members are found by a {@code LEFT JOIN} of the current memberships in the scope's teams, with
 * {@code scopeMember.id IS NOT NULL OR person IN :people} as the condition. Not {@code person IN (SELECT … FROM
 * TeamMembership …) OR person IN :people}: Derby cannot flatten a sub-select under {@code OR} and runs it once per
 * row, and a manager's scope always has people (the manager), so always the {@code OR} (measured on the benchmark's
 * M centre for a head of ten teams: 0.9–1.8 s for the sub-select, 15–40 ms for the join). A person is in one team
 * at a time ({@link ru.navyk.domain.people.Person#moveToTeam}), so the join adds no rows. Never {@code EXISTS} (see
 * {@link JpaPersonRepository} for why).
 */
final class ScopeCondition {

    private static final String TEAMS = "scopeTeams";
    private static final String PEOPLE = "scopePeople";

    /**
     * What a query adds for the scope: {@code join} in its FROM clause (empty when the scope names no teams),
     * {@code condition} among its WHERE conditions. The person-id path must be a basic column of the query's first
     * entity ({@code p.id}, {@code m.traineeId}; not {@code m.trainee.id}, which EclipseLink resolves through the
     * joined person): EclipseLink writes inner joins as further tables of the FROM list, and Derby lets a join's
     * {@code ON} name only the table it is attached to, the first.
     */
    record Clause(String join, String condition) {
    }

    private ScopeCondition() {
    }

    /**
     * The scope's clause on a person-id path ({@code p.id}, {@code m.traineeId}…): a current member of a team in
     * scope, or one of the people in scope. Empty when the viewer sees everyone.
     */
    static Optional<Clause> on(String personIdPath, PersonScope scope) {
        if (scope.everyone()) {
            return Optional.empty();
        }
        String people = personIdPath + " IN :" + PEOPLE;
        if (scope.teamIds().isEmpty()) {
            return Optional.of(new Clause("", people));
        }
        String join = " LEFT JOIN TeamMembership scopeMember ON scopeMember.personId = " + personIdPath
                + " AND scopeMember.endedOn IS NULL AND scopeMember.team.id IN :" + TEAMS;
        String member = "scopeMember.id IS NOT NULL";
        return Optional.of(new Clause(join, scope.personIds().isEmpty() ? member
                : "(" + member + " OR " + people + ")"));
    }

    /** The clause's join, or nothing when the viewer sees everyone. */
    static String join(String personIdPath, PersonScope scope) {
        return on(personIdPath, scope).map(Clause::join).orElse("");
    }

    /** {@code AND} the clause's condition, or nothing when the viewer sees everyone. */
    static String andCondition(String personIdPath, PersonScope scope) {
        return on(personIdPath, scope).map(clause -> " AND " + clause.condition()).orElse("");
    }

    /** The clause's parameters, for queries assembled with a parameter map. */
    static void addParameters(PersonScope scope, Map<String, Object> parameters) {
        if (scope.everyone()) {
            return;
        }
        if (!scope.teamIds().isEmpty()) {
            parameters.put(TEAMS, List.copyOf(scope.teamIds()));
        }
        if (!scope.personIds().isEmpty()) {
            parameters.put(PEOPLE, List.copyOf(scope.personIds()));
        }
    }

    /** Binds the clause's parameters to a query that contains it. */
    static void bind(Query query, PersonScope scope) {
        if (scope.everyone()) {
            return;
        }
        if (!scope.teamIds().isEmpty()) {
            query.setParameter(TEAMS, List.copyOf(scope.teamIds()));
        }
        if (!scope.personIds().isEmpty()) {
            query.setParameter(PEOPLE, List.copyOf(scope.personIds()));
        }
    }
}
