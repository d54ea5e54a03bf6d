package ru.navyk.domain.competency;

import java.util.List;
import java.util.stream.Collectors;

/** The model files cannot be imported; nothing of them was written. Carries every problem found, not just the first. */
public class InvalidModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ModelProblem> problems;

    public InvalidModelException(List<ModelProblem> problems) {
        super(problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
