package ru.navyk.domain.onboarding;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * One step as a template describes it: done by {@code dueDay} days after the start (day 0 is the first working day),
 * by the responsible role, developing the listed competency items (the standard's codes, e.g. {@code A/01.3/LA01}).
 */
public record StepDefinition(String title, StepKind kind, int dueDay, ResponsibleRole responsible,
                             List<String> itemCodes, String contentLink) implements Serializable {

    public static final int TITLE_LENGTH = 200;
    public static final int LINK_LENGTH = 500;
    public static final int MAX_DUE_DAY = 365;

    public StepDefinition {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("title", "rule.required");
        }
        title = title.strip();
        if (title.length() > TITLE_LENGTH) {
            throw new RuleViolationException("title", "rule.tooLong", TITLE_LENGTH);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(responsible, "responsible");
        if (dueDay < 0 || dueDay > MAX_DUE_DAY) {
            throw new RuleViolationException("dueDay", "rule.onboarding.dueDay", MAX_DUE_DAY);
        }
        itemCodes = itemCodes == null ? List.of() : itemCodes.stream().map(String::strip)
                .filter(code -> !code.isEmpty()).distinct().toList();
        contentLink = contentLink == null || contentLink.isBlank() ? null : contentLink.strip();
        if (contentLink != null && contentLink.length() > LINK_LENGTH) {
            throw new RuleViolationException("contentLink", "rule.tooLong", LINK_LENGTH);
        }
    }

    /** Item codes as one column: separated by spaces (codes never contain one). */
    static String joinCodes(List<String> codes) {
        return codes.isEmpty() ? null : String.join(" ", codes);
    }

    static List<String> splitCodes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.strip().split("\\s+"));
    }
}
