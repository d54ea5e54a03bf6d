package ru.navyk.domain.competency.definition;

import java.util.List;

/**
 * Navyk's machine-readable reading of a generalized function's education, experience and upskilling requirements,
 * which the eligibility rules evaluate.
 *
 * @param experience            {@code null} where the standard sets no requirement («Особых требований нет»)
 * @param upskillingEveryYears  {@code null} where the standard recommends no periodic upskilling
 */
public record RequirementsDefinition(
        List<EducationAlternative> education,
        ExperienceRequirement experience,
        Integer upskillingEveryYears) {

    public static final RequirementsDefinition NONE = new RequirementsDefinition(List.of(), null, null);

    public RequirementsDefinition {
        education = List.copyOf(education);
    }
}
