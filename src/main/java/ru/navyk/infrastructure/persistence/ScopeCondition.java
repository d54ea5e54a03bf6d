package ru.navyk.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>That join still probes the memberships once per row of the query's table, so its cost follows the centre, not
 * the scope (measured at 50,000 people: a head of ten teams waited 8.2 s for the first page of their directory).
 * A repository therefore first {@linkplain #narrowed narrows} a scope of teams to the people currently in them when
 * they are few, and the query then reads just those people through the primary-key or person index.
 */
final class ScopeCondition {

    /**
     * The most people a narrowed scope lists. Derby limits the parameters of one IN list (the repositories' chunks
     * stay at 500); a larger scope keeps the join, whose cost is then of the order of what it shows anyway.
     */
    static final int MAX_LISTED = 512;

    /** Lists are padded to a power of two from this size, so that Derby compiles few statements per query. */
    private static final int MIN_LISTED = 16;

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
     * The same people as {@code scope}, as a list of people instead of teams when the teams' current members and
     * the named people are at most {@link #MAX_LISTED}; otherwise {@code scope} itself. Read in the caller's
     * transaction, so the list is the teams' membership as the query that uses it sees it.
     */
    static PersonScope narrowed(EntityManager em, PersonScope scope) {
        if (scope.everyone() || scope.teamIds().isEmpty() || scope.teamIds().size() > MAX_LISTED) {
            return scope;
        }
        List<Long> members = em.createQuery("SELECT m.personId FROM TeamMembership m"
                        + " WHERE m.endedOn IS NULL AND m.team.id IN :teams", Long.class)
                .setParameter("teams", padded(scope.teamIds()))
                .setMaxResults(MAX_LISTED + 1)
                .getResultList();
        Set<Long> people = new HashSet<>(scope.personIds());
        people.addAll(members);
        if (people.isEmpty() || people.size() > MAX_LISTED) {
            return scope;
        }
        return new PersonScope(false, Set.of(), people);
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
            parameters.put(TEAMS, padded(scope.teamIds()));
        }
        if (!scope.personIds().isEmpty()) {
            parameters.put(PEOPLE, padded(scope.personIds()));
        }
    }

    /** Binds the clause's parameters to a query that contains it. */
    static void bind(Query query, PersonScope scope) {
        if (scope.everyone()) {
            return;
        }
        if (!scope.teamIds().isEmpty()) {
            query.setParameter(TEAMS, padded(scope.teamIds()));
        }
        if (!scope.personIds().isEmpty()) {
            query.setParameter(PEOPLE, padded(scope.personIds()));
        }
    }

    /**
     * The ids as an IN-list parameter whose length is a power of two (from {@value #MIN_LISTED}), filled up by
     * repeating an id: the list's length is part of the SQL, and managers' scopes of 140, 150 and 160 people would
     * otherwise each be a statement of its own for Derby to compile. A repeated value selects nothing twice.
     */
    static List<Long> padded(Collection<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        if (!list.isEmpty() && list.size() <= MAX_LISTED) {
            int length = Math.max(MIN_LISTED, Integer.highestOneBit(Math.max(1, list.size() - 1)) << 1);
            Long filler = list.get(0);
            while (list.size() < length) {
                list.add(filler);
            }
        }
        return list;
    }
}
