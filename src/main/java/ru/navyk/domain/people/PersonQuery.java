package ru.navyk.domain.people;

/**
 * A search of people.
 *
 * @param text            part of a surname, first name, e-mail or personnel number (case-insensitive); blank for all
 * @param teamId          only the current members of this team, or {@code null}
 * @param includeInactive whether deactivated people are listed too
 */
public record PersonQuery(String text, Long teamId, boolean includeInactive, PersonScope scope) {
}
