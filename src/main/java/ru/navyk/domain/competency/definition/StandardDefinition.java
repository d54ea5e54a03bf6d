package ru.navyk.domain.competency.definition;

import java.util.List;

/**
 * The whole standard as written in {@code competency-model/}: its header (section 1) and its generalized functions in
 * the order {@code standard.yaml} lists them.
 *
 * @param key stable identifier of the standard, never changed between editions; it seeds every CASE identifier
 */
public record StandardDefinition(
        int formatVersion,
        String key,
        String title,
        String titleEn,
        String approval,
        String registrationNumber,
        String activityKind,
        String mainPurpose,
        List<ClassificationDefinition> occupationGroups,
        String okvedCodes,
        String okvedName,
        List<GeneralizedFunctionDefinition> generalizedFunctions) {

    public StandardDefinition {
        occupationGroups = List.copyOf(occupationGroups);
        generalizedFunctions = List.copyOf(generalizedFunctions);
    }

    public int itemCount() {
        return generalizedFunctions.stream()
                .flatMap(gf -> gf.laborFunctions().stream())
                .mapToInt(lf -> lf.items().size())
                .sum();
    }
}
