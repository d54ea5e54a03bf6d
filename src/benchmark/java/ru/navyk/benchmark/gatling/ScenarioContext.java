package ru.navyk.benchmark.gatling;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What scenarios read from the runner, as system properties of the Gatling JVM.
 *
 * @param baseUrl  the portal, e.g. {@code http://127.0.0.1:18080/}
 * @param usersDir the generated callers ({@code agents.csv}, {@code managers.csv})
 * @param requests iterations per virtual user
 * @param timings  where the scenarios' start and end times are written
 * @param size     the size being run (S, M, L), for {@link BenchmarkScenario#runsAt}
 * @param only     the names of the scenarios to run ({@code bench.scenarios}, comma-separated), empty for all; for
 *                 profiling one view against a portal started by hand
 */
public record ScenarioContext(String baseUrl, Path usersDir, int requests, Path timings, String size,
                              Set<String> only) {

    /**
     * @throws IllegalArgumentException for a name in {@code bench.scenarios} that no scenario has (Gatling would
     *                                  otherwise fail with an empty simulation and no word of why)
     */
    public static ScenarioContext fromSystemProperties() {
        ScenarioContext context = new ScenarioContext(System.getProperty("bench.baseUrl", "http://127.0.0.1:8080/"),
                Path.of(System.getProperty("bench.users", "users")), Integer.getInteger("bench.requests", 200),
                Path.of(System.getProperty("bench.timings", "timings.properties")),
                System.getProperty("bench.size", "S"),
                Arrays.stream(System.getProperty("bench.scenarios", "").split(",")).map(String::strip)
                        .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        List<String> unknown = context.only().stream().filter(name -> Scenarios.byName(name).isEmpty()).sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("bench.scenarios: no scenario named " + unknown + "; the scenarios are "
                    + Scenarios.ALL.stream().map(BenchmarkScenario::name).toList());
        }
        return context;
    }

    public boolean selected(BenchmarkScenario scenario) {
        return only.isEmpty() || only.contains(scenario.name());
    }
}
