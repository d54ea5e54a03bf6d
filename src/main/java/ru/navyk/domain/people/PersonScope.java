package ru.navyk.domain.people;

import java.util.Set;

/**
 * Whose records a viewer may see: everyone, or the people currently in some teams, plus some named people. Computed
 * by the access policy; applied by repositories inside the query, so paging and counts never include others.
 */
public record PersonScope(boolean everyone, Set<Long> teamIds, Set<Long> personIds) {

    public static final PersonScope EVERYONE = new PersonScope(true, Set.of(), Set.of());

    public PersonScope {
        teamIds = Set.copyOf(teamIds);
        personIds = Set.copyOf(personIds);
    }

    public boolean isEmpty() {
        return !everyone && teamIds.isEmpty() && personIds.isEmpty();
    }
}
