package ru.navyk.domain.qualification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;

/**
 * The people qualification views read, with what the eligibility rules need (positions, training, current team)
 * loaded in a fixed number of queries whatever the number of people — never one query per person.
 */
public interface QualificationPeopleRepository {

    /**
     * A filter of active people inside a viewer's scope.
     *
     * @param teamIds  current members of these teams only, or {@code null} for no such restriction
     * @param position part of the current position's title (case-insensitive), or {@code null}
     * @param level    the current position's qualification level, or {@code null}
     * @param exclude  a person left out (the viewer, in their own team's matrix), or {@code null}
     */
    record Filter(PersonScope scope, Set<Long> teamIds, String position, Integer level, Long exclude) {
    }

    /** A page of people, by surname, with positions, trainings and memberships loaded. */
    List<Person> page(Filter filter, int first, int max);

    long count(Filter filter);

    /** Every matching person's id, by surname (for views that must look at everyone, e.g. organisation counts). */
    List<Long> ids(Filter filter);

    /** These people with positions, trainings and memberships loaded (in a few queries, in chunks). */
    List<Person> load(Collection<Long> ids);
}
