package ru.navyk.benchmark.gatling;

import java.nio.file.Path;

/**
 * What scenarios read from the runner, as system properties of the Gatling JVM.
 *
 * @param baseUrl  the portal, e.g. {@code http://127.0.0.1:18080/}
 * @param usersDir the generated callers ({@code agents.csv}, {@code managers.csv})
 * @param requests iterations per virtual user
 * @param timings  where the scenarios' start and end times are written
 * @param size     the size being run (S, M, L), for {@link BenchmarkScenario#runsAt}
 */
public record ScenarioContext(String baseUrl, Path usersDir, int requests, Path timings, String size) {

    public static ScenarioContext fromSystemProperties() {
        return new ScenarioContext(System.getProperty("bench.baseUrl", "http://127.0.0.1:8080/"),
                Path.of(System.getProperty("bench.users", "users")), Integer.getInteger("bench.requests", 200),
                Path.of(System.getProperty("bench.timings", "timings.properties")),
                System.getProperty("bench.size", "S"));
    }
}
