package ru.navyk.application.onboarding;

import java.util.List;
import ru.navyk.domain.onboarding.StepDefinition;

/** A ready-made adaptation template as {@code content/onboarding/templates.yaml} describes it, already checked. */
public record ShippedTemplate(String code, String jobProfileCode, String title, List<StepDefinition> steps) {

    public ShippedTemplate {
        steps = List.copyOf(steps);
    }
}
