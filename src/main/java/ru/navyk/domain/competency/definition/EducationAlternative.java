package ru.navyk.domain.competency.definition;

import java.util.List;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.TrainingKind;

/**
 * One way of meeting a generalized function's education requirement: at least {@code minLevel} of education and all
 * of {@code training}. Any one alternative of a function suffices.
 */
public record EducationAlternative(EducationLevel minLevel, List<TrainingKind> training) {

    public EducationAlternative {
        training = List.copyOf(training);
    }
}
