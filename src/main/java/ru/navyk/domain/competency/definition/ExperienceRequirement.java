package ru.navyk.domain.competency.definition;

/**
 * Practical experience a generalized function asks for.
 *
 * @param months            minimum months of experience
 * @param minPositionLevel  the qualification level the position held must have had, or {@code null} where the standard
 *                          asks for experience of a kind rather than of a level
 * @param description       Navyk's short restatement of the standard's requirement
 */
public record ExperienceRequirement(int months, Integer minPositionLevel, String description) {
}
