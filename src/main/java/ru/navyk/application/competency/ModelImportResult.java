package ru.navyk.application.competency;

import java.util.List;
import ru.navyk.domain.competency.ModelImportAttempt.Outcome;
import ru.navyk.domain.competency.ModelProblem;

/**
 * How an import ended.
 *
 * @param versionNumber the current version after the attempt (the new one when imported), or {@code null} when the
 *                      database holds none
 * @param problems      every problem found when the outcome is {@link Outcome#FAILED} because of invalid files
 */
public record ModelImportResult(Outcome outcome, Integer versionNumber, List<ModelProblem> problems, String message) {

    public ModelImportResult {
        problems = List.copyOf(problems);
    }
}
