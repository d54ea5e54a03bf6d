package ru.navyk.infrastructure.importing.profiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.application.profile.ShippedProfile;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.infrastructure.importing.model.ProblemCollector;
import ru.navyk.infrastructure.importing.model.YamlCursor;

/**
 * Reads {@code profiles.yaml} and checks it against the current competency model: every code must exist, labor
 * functions must belong to the profile's generalized function, overridden items to the listed labor functions, and
 * proficiencies must be on the portal's 0–3 scale. All problems are collected with file, line and field; any problem
 * rejects the whole file.
 */
public final class ShippedProfileReader {

    public static final String FILE = "content/job-profiles/profiles.yaml";

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Set<String> FIELDS = Set.of("code", "title", "titleEn", "description",
            "generalizedFunction", "laborFunctions", "requiredProficiency", "itemOverrides");

    private final ModelSnapshot model;
    private final ProblemCollector problems = new ProblemCollector();

    public ShippedProfileReader(ModelSnapshot model) {
        this.model = model;
    }

    /** @throws InvalidModelException listing every problem, when there is any */
    public List<ShippedProfile> read(String file, String text) {
        List<ShippedProfile> profiles = new ArrayList<>();
        Optional<YamlCursor> root = YamlCursor.parse(file, text, problems);
        Set<String> codes = new HashSet<>();
        root.ifPresent(cursor -> {
            for (YamlCursor entry : cursor.elements()) {
                readProfile(entry, codes).ifPresent(profiles::add);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems.problems());
        }
        return profiles;
    }

    private Optional<ShippedProfile> readProfile(YamlCursor entry, Set<String> codes) {
        if (!entry.expectMapping(FIELDS)) {
            return Optional.empty();
        }
        String code = entry.requiredText("code");
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            entry.field("code").ifPresent(c -> c.problem("a code is 1–60 of a–z, 0–9 and «-»"));
        } else if (!codes.add(code)) {
            entry.field("code").ifPresent(c -> c.problem("the code «" + code + "» is used twice"));
        }
        String title = entry.requiredText("title");
        String gfCode = entry.requiredText("generalizedFunction");
        Optional<GeneralizedFunctionView> gf = model.generalizedFunction(gfCode);
        if (!gfCode.isEmpty() && gf.isEmpty()) {
            entry.field("generalizedFunction").ifPresent(c -> c.problem("no generalized function «" + gfCode
                    + "» in the competency model"));
        }
        List<String> functions = new ArrayList<>();
        for (YamlCursor lf : entry.list("laborFunctions", true)) {
            String lfCode = lf.text(true);
            boolean belongs = gf.map(g -> g.laborFunctions().stream().anyMatch(f -> f.code().equals(lfCode)))
                    .orElse(true);
            if (!belongs) {
                lf.problem("labor function «" + lfCode + "» is not part of generalized function " + gfCode);
            } else {
                functions.add(lfCode);
            }
        }
        Integer required = entry.requiredInt("requiredProficiency", 0, Proficiency.MAX);
        Map<String, Proficiency> overrides = readOverrides(entry, functions);
        if (required == null) {
            return Optional.empty();
        }
        return Optional.of(new ShippedProfile(code, title, entry.optionalText("titleEn"),
                entry.optionalText("description"), gfCode, functions, Proficiency.of(required), overrides));
    }

    private Map<String, Proficiency> readOverrides(YamlCursor entry, List<String> functions) {
        Map<String, Proficiency> overrides = new LinkedHashMap<>();
        entry.field("itemOverrides").filter(f -> !f.isNull()).ifPresent(map -> map.entries().forEach(
                (itemCode, value) -> {
                    boolean inListedFunction = functions.stream().map(model::laborFunction)
                            .flatMap(Optional::stream).map(LaborFunctionView::items).flatMap(List::stream)
                            .anyMatch(item -> item.code().equals(itemCode));
                    Integer points = value.integer(0, Proficiency.MAX);
                    if (!inListedFunction) {
                        value.problem("item «" + itemCode + "» is not an item of the listed labor functions");
                    } else if (points != null) {
                        overrides.put(itemCode, Proficiency.of(points));
                    }
                }));
        return overrides;
    }
}
