package ru.navyk.domain.hiring;

import java.util.Set;

/**
 * Which vacancies a list shows: those the viewer may see (all, or those of some teams, or those they are the hiring
 * manager of), optionally only open or closed ones, optionally matching a text in the title or team name. Applied
 * inside the query, so paging and counts never include others.
 */
public record VacancyQuery(boolean everyone, Set<Long> teamIds, Long hiringManagerId, VacancyStatus status,
                           String text) {

    public VacancyQuery {
        teamIds = Set.copyOf(teamIds);
    }

    public boolean seesNothing() {
        return !everyone && teamIds.isEmpty() && hiringManagerId == null;
    }
}
