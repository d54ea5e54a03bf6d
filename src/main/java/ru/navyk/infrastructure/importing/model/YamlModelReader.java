package ru.navyk.infrastructure.importing.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.competency.CompetencyCodes;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.competency.definition.ClassificationDefinition;
import ru.navyk.domain.competency.definition.EducationAlternative;
import ru.navyk.domain.competency.definition.ExperienceRequirement;
import ru.navyk.domain.competency.definition.GeneralizedFunctionDefinition;
import ru.navyk.domain.competency.definition.ItemDefinition;
import ru.navyk.domain.competency.definition.LaborFunctionDefinition;
import ru.navyk.domain.competency.definition.PrintedValues;
import ru.navyk.domain.competency.definition.RequirementsDefinition;
import ru.navyk.domain.competency.definition.StandardDefinition;

/**
 * Reads {@code standard.yaml} and {@code functions/<code>.yaml} (format: {@code competency-model/README.md}) into a
 * {@link StandardDefinition}. All files are checked in one pass; if anything is wrong an {@link InvalidModelException}
 * lists every problem with its file, line and field, and nothing is returned.
 */
public final class YamlModelReader {

    /** The one format this reader understands; a file written for a newer format is refused, not guessed at. */
    public static final int FORMAT_VERSION = 1;

    static final String STANDARD_FILE = "standard.yaml";

    private static final Set<String> STANDARD_FIELDS = ordered("formatVersion", "id", "title", "titleEn", "approval",
            "registrationNumber", "activityKind", "mainPurpose", "occupationGroups", "economicActivities",
            "generalizedFunctions");
    private static final Set<String> GENERALIZED_FIELDS = ordered("code", "level", "section", "name", "nameEn",
            "origin", "jobTitles", "educationRequirements", "experienceRequirements", "specialConditions",
            "otherCharacteristics", "classifications", "requirements", "asPrinted", "laborFunctions");
    private static final Set<String> LABOR_FIELDS = ordered("code", "level", "section", "name", "nameEn", "asPrinted",
            "laborActions", "skills", "knowledge", "otherCharacteristics");
    private static final Set<String> ITEM_FIELDS = ordered("code", "text", "textEn");
    private static final Set<String> PRINTED_FIELDS = ordered("code", "level", "name", "heading");
    private static final Set<String> CLASSIFIER_FIELDS = ordered("okz", "eks", "okpdtr", "okso");
    private static final Set<String> CODE_NAME_FIELDS = ordered("code", "name");
    private static final Set<String> REQUIREMENT_FIELDS = ordered("education", "experience", "upskillingEveryYears");
    private static final Set<String> EDUCATION_FIELDS = ordered("minLevel", "training");
    private static final Set<String> EXPERIENCE_FIELDS = ordered("months", "minPositionLevel", "description");

    private static final int MIN_LEVEL = 1;
    private static final int MAX_LEVEL = 9;

    private final ProblemCollector problems = new ProblemCollector();
    /** Every code seen so far → where it was first defined, to report duplicates across files. */
    private final Map<String, String> codesSeen = new HashMap<>();

    /** Reads and checks the whole model. A reader is for one use. */
    public StandardDefinition read(ModelFiles files) throws IOException {
        Optional<YamlCursor> standardRoot = parse(files, STANDARD_FILE);
        if (standardRoot.isEmpty()) {
            throw new InvalidModelException(problems.problems());
        }
        YamlCursor root = standardRoot.get();
        root.expectMapping(STANDARD_FIELDS);
        Integer format = root.requiredInt("formatVersion", FORMAT_VERSION, FORMAT_VERSION);
        List<YamlCursor> listed = root.list("generalizedFunctions", true);
        List<GeneralizedFunctionDefinition> functions = new ArrayList<>();
        Set<String> listedFiles = new LinkedHashSet<>();
        for (YamlCursor entry : listed) {
            String code = entry.text(true);
            if (!CompetencyCodes.GENERALIZED_FUNCTION.matcher(code).matches()) {
                entry.problem("«" + code + "» is not a generalized function code (one Latin capital letter)");
                continue;
            }
            String path = "functions/" + code + ".yaml";
            if (!listedFiles.add(path)) {
                entry.problem("generalized function " + code + " is listed twice");
                continue;
            }
            Optional<YamlCursor> functionRoot = parse(files, path);
            if (functionRoot.isEmpty()) {
                continue;
            }
            functions.add(readGeneralized(functionRoot.get(), code));
        }
        for (String present : files.functionFiles()) {
            if (!listedFiles.contains(present)) {
                problems.add(present, 0, "", "this generalized function is not listed in " + STANDARD_FILE
                        + " (generalizedFunctions); it is an unknown function");
            }
        }
        YamlCursor economic = root.field("economicActivities").orElse(null);
        String okvedCodes = null;
        String okvedName = null;
        if (economic != null && economic.expectMapping(ordered("okved", "name"))) {
            okvedCodes = economic.requiredText("okved");
            okvedName = economic.requiredText("name");
        }
        StandardDefinition standard = new StandardDefinition(
                format == null ? FORMAT_VERSION : format,
                root.requiredText("id"),
                root.requiredText("title"),
                root.optionalText("titleEn"),
                root.optionalText("approval"),
                root.optionalText("registrationNumber"),
                root.optionalText("activityKind"),
                root.optionalText("mainPurpose"),
                root.list("occupationGroups", false).stream().map(this::occupationGroup).toList(),
                okvedCodes,
                okvedName,
                functions);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems.problems());
        }
        return standard;
    }

    private Optional<YamlCursor> parse(ModelFiles files, String path) throws IOException {
        Optional<String> text = files.read(path);
        if (text.isEmpty()) {
            problems.add(path, 0, "", "the file is missing from " + files.description());
            return Optional.empty();
        }
        return YamlCursor.parse(path, text.get(), problems);
    }

    private GeneralizedFunctionDefinition readGeneralized(YamlCursor gf, String expectedCode) {
        gf.expectMapping(GENERALIZED_FIELDS);
        String code = gf.requiredText("code");
        if (!code.equals(expectedCode)) {
            gf.field("code").ifPresent(c -> c.problem("the file functions/" + expectedCode
                    + ".yaml must define generalized function " + expectedCode + ", not «" + code + "»"));
        }
        registerCode(gf.field("code").orElse(gf), code);
        Integer level = gf.requiredInt("level", MIN_LEVEL, MAX_LEVEL);
        List<LaborFunctionDefinition> laborFunctions = new ArrayList<>();
        for (YamlCursor lf : gf.list("laborFunctions", true)) {
            laborFunctions.add(readLabor(lf, expectedCode));
        }
        if (laborFunctions.isEmpty()) {
            gf.problem("a generalized function needs at least one labor function");
        }
        return new GeneralizedFunctionDefinition(
                code,
                level == null ? 0 : level,
                gf.requiredText("section"),
                gf.requiredText("name"),
                gf.optionalText("nameEn"),
                gf.optionalText("origin"),
                gf.textList("jobTitles", false),
                gf.textList("educationRequirements", false),
                gf.textList("experienceRequirements", false),
                gf.textList("specialConditions", false),
                gf.textList("otherCharacteristics", false),
                gf.field("classifications").map(this::classifications).orElse(List.of()),
                gf.field("requirements").filter(r -> !r.isNull()).map(this::requirements)
                        .orElse(RequirementsDefinition.NONE),
                printed(gf),
                laborFunctions);
    }

    private LaborFunctionDefinition readLabor(YamlCursor lf, String generalizedCode) {
        lf.expectMapping(LABOR_FIELDS);
        String code = lf.requiredText("code");
        YamlCursor codeCursor = lf.field("code").orElse(lf);
        Integer level = lf.requiredInt("level", MIN_LEVEL, MAX_LEVEL);
        boolean wellFormed = CompetencyCodes.LABOR_FUNCTION.matcher(code).matches();
        if (!wellFormed && !code.isEmpty()) {
            codeCursor.problem("«" + code + "» is not a labor function code like A/01.3 (Latin letter, two digits,"
                    + " level)");
        } else if (wellFormed && !CompetencyCodes.generalizedFunctionOf(code).equals(generalizedCode)) {
            codeCursor.problem("labor function " + code + " names unknown generalized function "
                    + CompetencyCodes.generalizedFunctionOf(code) + " here; it must belong to " + generalizedCode);
        } else if (wellFormed && level != null && CompetencyCodes.levelOf(code) != level) {
            codeCursor.problem("the code says level " + CompetencyCodes.levelOf(code) + " but field level is "
                    + level);
        }
        registerCode(codeCursor, code);
        return new LaborFunctionDefinition(
                code,
                level == null ? 0 : level,
                lf.requiredText("section"),
                lf.requiredText("name"),
                lf.optionalText("nameEn"),
                printed(lf),
                items(lf, "laborActions", ItemKind.LABOR_ACTION, code),
                items(lf, "skills", ItemKind.SKILL, code),
                items(lf, "knowledge", ItemKind.KNOWLEDGE, code),
                lf.textList("otherCharacteristics", false));
    }

    private List<ItemDefinition> items(YamlCursor lf, String field, ItemKind kind, String laborCode) {
        List<YamlCursor> elements = lf.list(field, true);
        if (elements.isEmpty() && lf.field(field).isPresent()) {
            lf.field(field).get().problem("the list is empty; the standard gives every labor function items of"
                    + " each kind");
        }
        List<ItemDefinition> items = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            YamlCursor item = elements.get(i);
            item.expectMapping(ITEM_FIELDS);
            String code = item.requiredText("code");
            String expected = CompetencyCodes.itemCode(laborCode, kind, i + 1);
            YamlCursor codeCursor = item.field("code").orElse(item);
            if (!code.isEmpty() && !code.equals(expected)) {
                codeCursor.problem("item code «" + code + "» does not fit its place; expected " + expected);
            }
            registerCode(codeCursor, code);
            items.add(new ItemDefinition(kind, code, i + 1, item.requiredText("text"), item.optionalText("textEn")));
        }
        return items;
    }

    private void registerCode(YamlCursor where, String code) {
        if (code.isEmpty()) {
            return;
        }
        String location = where.file() + ", line " + where.line();
        String first = codesSeen.putIfAbsent(code, location);
        if (first != null) {
            where.problem("duplicate code " + code + " (first defined at " + first + ")");
        }
    }

    private PrintedValues printed(YamlCursor owner) {
        Optional<YamlCursor> printed = owner.field("asPrinted").filter(p -> !p.isNull());
        if (printed.isEmpty() || !printed.get().expectMapping(PRINTED_FIELDS)) {
            return PrintedValues.NONE;
        }
        YamlCursor p = printed.get();
        return new PrintedValues(p.optionalText("code"), p.optionalInt("level", MIN_LEVEL, MAX_LEVEL),
                p.optionalText("name"), p.optionalText("heading"));
    }

    private List<ClassificationDefinition> classifications(YamlCursor cursor) {
        List<ClassificationDefinition> rows = new ArrayList<>();
        cursor.namedLists(CLASSIFIER_FIELDS, row -> row).forEach((scheme, list) -> {
            for (YamlCursor row : list) {
                row.expectMapping(CODE_NAME_FIELDS);
                // ЕКС has no codes, so a classifier row may name a position without one.
                rows.add(new ClassificationDefinition(scheme.toUpperCase(java.util.Locale.ROOT),
                        row.optionalText("code"), row.requiredText("name")));
            }
        });
        return rows;
    }

    private ClassificationDefinition occupationGroup(YamlCursor row) {
        row.expectMapping(ordered("okz", "name"));
        return new ClassificationDefinition("OKZ", row.requiredText("okz"), row.requiredText("name"));
    }

    private RequirementsDefinition requirements(YamlCursor cursor) {
        cursor.expectMapping(REQUIREMENT_FIELDS);
        List<EducationAlternative> education = new ArrayList<>();
        for (YamlCursor alternative : cursor.list("education", false)) {
            alternative.expectMapping(EDUCATION_FIELDS);
            EducationLevel minLevel = alternative.field("minLevel")
                    .map(f -> f.enumValue(EducationLevel.class)).orElse(null);
            if (alternative.field("minLevel").isEmpty()) {
                alternative.problem("required field minLevel is missing");
            }
            List<TrainingKind> training = alternative.list("training", false).stream()
                    .map(t -> t.enumValue(TrainingKind.class))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (minLevel != null) {
                education.add(new EducationAlternative(minLevel, training));
            }
        }
        ExperienceRequirement experience = cursor.field("experience").filter(e -> !e.isNull()).map(e -> {
            e.expectMapping(EXPERIENCE_FIELDS);
            Integer months = e.requiredInt("months", 1, 600);
            return new ExperienceRequirement(months == null ? 0 : months,
                    e.optionalInt("minPositionLevel", MIN_LEVEL, MAX_LEVEL), e.optionalText("description"));
        }).orElse(null);
        return new RequirementsDefinition(education, experience, cursor.optionalInt("upskillingEveryYears", 1, 50));
    }

    private static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
