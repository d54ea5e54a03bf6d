package ru.navyk.domain.knowledge;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the audience resolver needs to know about the organisation, answered by the database. Every answer holds active
 * people only, judged by their <em>current</em> team membership and position assignment.
 */
public interface AudienceDirectory {

    /** Each team's parent team (teams without a parent map to {@code null}). */
    Map<Long, Long> teamParents();

    /** The current members of these teams (not of teams below them). */
    Set<Long> currentMembers(Collection<Long> teamIds);

    /** Active people whose current position is described by one of these job profiles. */
    Set<Long> withCurrentJobProfile(Collection<Long> profileIds);

    /** People whose current position has one of these qualification levels. */
    Set<Long> withCurrentLevel(Collection<Integer> levels);

    /** People whose current position title, lower-cased, is one of these. */
    Set<Long> withCurrentTitle(Collection<String> lowerCaseTitles);

    /** The distinct titles of active people's current positions, sorted. */
    java.util.List<String> currentTitles();

    /** Those of these people who are active. */
    Set<Long> active(Collection<Long> personIds);
}
