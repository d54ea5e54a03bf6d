package ru.navyk.application.competency;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.navyk.domain.competency.ItemKind;

/**
 * An immutable copy of one model version's whole tree, cheap to share between requests and threads. The model is a
 * few hundred items and changes only on import, so pages and the CASE export read this instead of the database.
 */
public record ModelSnapshot(
        long versionId,
        int versionNumber,
        Instant importedAt,
        String standardKey,
        String title,
        String titleEn,
        String approval,
        String activityKind,
        String mainPurpose,
        String okvedCodes,
        String okvedName,
        List<ClassificationView> occupationGroups,
        List<GeneralizedFunctionView> generalizedFunctions) {

    public ModelSnapshot {
        occupationGroups = List.copyOf(occupationGroups);
        generalizedFunctions = List.copyOf(generalizedFunctions);
    }

    public Optional<GeneralizedFunctionView> generalizedFunction(String code) {
        return generalizedFunctions.stream().filter(gf -> gf.code().equals(code)).findFirst();
    }

    public Optional<LaborFunctionView> laborFunction(String code) {
        return laborFunctions().stream().filter(lf -> lf.code().equals(code)).findFirst();
    }

    public List<LaborFunctionView> laborFunctions() {
        return generalizedFunctions.stream().flatMap(gf -> gf.laborFunctions().stream()).toList();
    }

    public List<ItemView> items() {
        return laborFunctions().stream().flatMap(lf -> lf.items().stream()).toList();
    }

    public Map<String, ItemView> itemsByCode() {
        return items().stream().collect(Collectors.toMap(ItemView::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** A classifier row (ОКЗ and the like). */
    public record ClassificationView(String scheme, String code, String name) {
    }

    /** One alternative of an education requirement, as enum names. */
    public record EducationView(String minLevel, List<String> training) {
    }

    /** A generalized labor function with its card's verbatim cells. */
    public record GeneralizedFunctionView(
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
            List<ClassificationView> classifications,
            List<EducationView> educationOptions,
            Integer experienceMonths,
            Integer experienceMinLevel,
            String experienceDescription,
            Integer upskillingEveryYears,
            String printedCode,
            Integer printedLevel,
            String printedName,
            String printedHeading,
            List<LaborFunctionView> laborFunctions) {

        public boolean hasErrata() {
            return printedCode != null || printedLevel != null || printedName != null || printedHeading != null;
        }
    }

    /** A labor function with its items in card order. */
    public record LaborFunctionView(
            long id,
            String code,
            String generalizedCode,
            int level,
            String section,
            String name,
            String nameEn,
            String printedCode,
            Integer printedLevel,
            String printedName,
            String printedHeading,
            List<String> otherCharacteristics,
            List<ItemView> items) implements Serializable {

        public List<ItemView> items(ItemKind kind) {
            return items.stream().filter(item -> item.kind() == kind).toList();
        }

        public List<ItemView> laborActions() {
            return items(ItemKind.LABOR_ACTION);
        }

        public List<ItemView> skills() {
            return items(ItemKind.SKILL);
        }

        public List<ItemView> knowledge() {
            return items(ItemKind.KNOWLEDGE);
        }

        public boolean hasErrata() {
            return printedCode != null || printedLevel != null || printedName != null || printedHeading != null;
        }
    }

    /** A labor action, skill or knowledge item. */
    public record ItemView(long id, ItemKind kind, String code, int position, String text, String textEn)
            implements Serializable {
    }
}
