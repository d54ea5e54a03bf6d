package ru.navyk.infrastructure.importing.model;

import java.util.ArrayList;
import java.util.List;
import ru.navyk.domain.competency.ModelProblem;

/** Gathers every problem of one import, so the editor sees them all at once rather than one per attempt. */
public final class ProblemCollector {

    private final List<ModelProblem> problems = new ArrayList<>();

    public void add(String file, int line, String path, String detail) {
        problems.add(new ModelProblem(file, line, path, detail));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<ModelProblem> problems() {
        return List.copyOf(problems);
    }
}
