package ru.navyk.benchmark.gatling;

import java.util.List;
import java.util.Optional;

/**
 * Every measured scenario, in the order they run: the floor first, so the server is compared with itself before the
 * portal's views load its memory and caches; publishing last, since it adds an obligation for every agent.
 */
public final class Scenarios {

    public static final List<BenchmarkScenario> ALL = List.of(new FloorScenario(), new ShiftStartStormScenario(),
            new TeamMatrixScenario(), new ManagerListsScenario(), new OrganisationReviewScenario(),
            new PublishScenario());

    private Scenarios() {
    }

    public static Optional<BenchmarkScenario> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
