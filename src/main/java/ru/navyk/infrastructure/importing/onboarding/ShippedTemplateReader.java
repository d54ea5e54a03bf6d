package ru.navyk.infrastructure.importing.onboarding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.navyk.application.onboarding.ShippedTemplate;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.onboarding.ResponsibleRole;
import ru.navyk.domain.onboarding.StepDefinition;
import ru.navyk.domain.onboarding.StepKind;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.infrastructure.importing.model.ProblemCollector;
import ru.navyk.infrastructure.importing.model.YamlCursor;

/**
 * Reads {@code templates.yaml} and checks it against the shipped job profiles: every template names a known profile,
 * every step has a title, a kind, a due day (0–365) and a responsible role, and every item code is an item the
 * profile requires. All problems are collected with file, line and field; any problem rejects the whole file.
 */
public final class ShippedTemplateReader {

    public static final String FILE = "content/onboarding/templates.yaml";

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Set<String> FIELDS = Set.of("code", "jobProfile", "title", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("title", "kind", "dueDay", "responsible", "items",
            "content");

    private final Map<String, Set<String>> itemsOfProfile;
    private final ProblemCollector problems = new ProblemCollector();

    /** @param itemsOfProfile the item codes each job profile (by code) requires */
    public ShippedTemplateReader(Map<String, Set<String>> itemsOfProfile) {
        this.itemsOfProfile = Map.copyOf(itemsOfProfile);
    }

    /** @throws InvalidModelException listing every problem, when there is any */
    public List<ShippedTemplate> read(String file, String text) {
        List<ShippedTemplate> templates = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        YamlCursor.parse(file, text, problems).ifPresent(root -> {
            for (YamlCursor entry : root.elements()) {
                readTemplate(entry, codes).ifPresent(templates::add);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems.problems());
        }
        return templates;
    }

    private Optional<ShippedTemplate> readTemplate(YamlCursor entry, Set<String> codes) {
        if (!entry.expectMapping(FIELDS)) {
            return Optional.empty();
        }
        String code = entry.requiredText("code");
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            entry.field("code").ifPresent(c -> c.problem("a code is 1–60 of a–z, 0–9 and «-»"));
        } else if (!code.isEmpty() && !codes.add(code)) {
            entry.field("code").ifPresent(c -> c.problem("the code «" + code + "» is used twice"));
        }
        String profile = entry.requiredText("jobProfile");
        Set<String> items = itemsOfProfile.get(profile);
        if (!profile.isEmpty() && items == null) {
            entry.field("jobProfile").ifPresent(c -> c.problem("no job profile «" + profile + "»"));
        }
        String title = entry.requiredText("title");
        List<StepDefinition> steps = new ArrayList<>();
        List<YamlCursor> stepCursors = entry.list("steps", true);
        if (stepCursors.isEmpty()) {
            entry.field("steps").ifPresent(c -> c.problem("a template needs at least one step"));
        }
        for (YamlCursor step : stepCursors) {
            readStep(step, items == null ? Set.of() : items, items == null).ifPresent(steps::add);
        }
        return Optional.of(new ShippedTemplate(code, profile, title, steps));
    }

    private Optional<StepDefinition> readStep(YamlCursor step, Set<String> items, boolean profileUnknown) {
        if (!step.expectMapping(STEP_FIELDS)) {
            return Optional.empty();
        }
        String title = step.requiredText("title");
        StepKind kind = step.field("kind").map(c -> c.enumValue(StepKind.class)).orElse(null);
        if (step.field("kind").isEmpty()) {
            step.requiredText("kind");
        }
        Integer dueDay = step.requiredInt("dueDay", 0, StepDefinition.MAX_DUE_DAY);
        ResponsibleRole responsible = step.field("responsible").map(c -> c.enumValue(ResponsibleRole.class))
                .orElse(null);
        if (step.field("responsible").isEmpty()) {
            step.requiredText("responsible");
        }
        List<String> codes = new ArrayList<>();
        for (YamlCursor item : step.list("items", false)) {
            String itemCode = item.text(true);
            if (!profileUnknown && !items.contains(itemCode)) {
                item.problem("item «" + itemCode + "» is not required by the job profile");
            } else {
                codes.add(itemCode);
            }
        }
        String content = step.optionalText("content");
        if (title.isEmpty() || kind == null || dueDay == null || responsible == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StepDefinition(title, kind, dueDay, responsible, codes, content));
        } catch (RuleViolationException e) {
            step.problem("the step is refused: " + e.messageKey());
            return Optional.empty();
        }
    }
}
