package ru.navyk.infrastructure.persistence;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.people.PersonScope;

/**
 * The access policy's {@link PersonScope} as one JPQL condition, so every list, page and count applies it inside the
 * query and never includes people the viewer may not see. Sub-selects with {@code IN}, never {@code EXISTS} (see
 * {@link JpaPersonRepository} for why). Callers answer an empty scope without querying at all.
 */
final class ScopeCondition {

    private static final String TEAMS = "scopeTeams";
    private static final String PEOPLE = "scopePeople";

    private ScopeCondition() {
    }

    /**
     * The condition on a person-id path ({@code p.id}, {@code m.trainee.id}…): a current member of a team in scope,
     * or one of the people in scope. Empty when the viewer sees everyone.
     */
    static Optional<String> on(String personIdPath, PersonScope scope) {
        if (scope.everyone()) {
            return Optional.empty();
        }
        StringBuilder visible = new StringBuilder("(");
        if (!scope.teamIds().isEmpty()) {
            visible.append(personIdPath).append(" IN (SELECT scopeMember.person.id FROM TeamMembership scopeMember")
                    .append(" WHERE scopeMember.endedOn IS NULL AND scopeMember.team.id IN :").append(TEAMS)
                    .append(')');
        }
        if (!scope.personIds().isEmpty()) {
            if (visible.length() > 1) {
                visible.append(" OR ");
            }
            visible.append(personIdPath).append(" IN :").append(PEOPLE);
        }
        return Optional.of(visible.append(')').toString());
    }

    /** The condition's parameters, for queries assembled with a parameter map. */
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

    /** Binds the condition's parameters to a query that contains it. */
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
