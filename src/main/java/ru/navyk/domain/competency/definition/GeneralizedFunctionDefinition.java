package ru.navyk.domain.competency.definition;

import java.util.List;

/** A generalized labor function card (§3.1 … §3.5) with its labor functions. */
public record GeneralizedFunctionDefinition(
        String code,
        int level,
        String section,
        String name,
        String nameEn,
        String origin,
        List<String> jobTitles,
        List<String> educationRequirements,
        List<String> experienceRequirements,
        List<String> specialConditions,
        List<String> otherCharacteristics,
        List<ClassificationDefinition> classifications,
        RequirementsDefinition requirements,
        PrintedValues asPrinted,
        List<LaborFunctionDefinition> laborFunctions) {

    public GeneralizedFunctionDefinition {
        jobTitles = List.copyOf(jobTitles);
        educationRequirements = List.copyOf(educationRequirements);
        experienceRequirements = List.copyOf(experienceRequirements);
        specialConditions = List.copyOf(specialConditions);
        otherCharacteristics = List.copyOf(otherCharacteristics);
        classifications = List.copyOf(classifications);
        laborFunctions = List.copyOf(laborFunctions);
    }
}
