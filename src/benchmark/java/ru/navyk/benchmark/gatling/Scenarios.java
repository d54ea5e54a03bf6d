package ru.navyk.benchmark.gatling;

import java.util.List;
import java.util.Optional;

/**
 * Every measured scenario, in the order they run: the floor first, so the server is compared with itself before the
 * portal's views load its memory and caches. Plug-in points, one class each, as their features land: the shift-start
 * storm (open the pending change and acknowledge it, 50 agents; compared with the floor), the manager's team matrix
 * (20 managers; raw SQL of the matrix), the organisation-wide review (first page and Excel export; raw SQL of the
 * page) and the publication of a revision to every agent.
 */
public final class Scenarios {

    public static final List<BenchmarkScenario> ALL = List.of(new FloorScenario(), new AgentSelfServiceScenario(),
            new ManagerPeopleListScenario());

    private Scenarios() {
    }

    public static Optional<BenchmarkScenario> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
