package ru.navyk.benchmark.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.benchmark.gatling.BenchmarkScenario;
import ru.navyk.benchmark.gatling.Scenarios;

/**
 * What a smoke run must show for the harness to count as working: the report files exist and every scenario ran at
 * every size, did work and had no error. It asserts no timing: CI machines vary too much for that.
 */
public final class SmokeCheck {

    private SmokeCheck() {
    }

    /** The problems found; empty when the run is complete. */
    public static List<String> problems(Path runDir, List<SizeResult> sizes) {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("report.md", "results.csv", "latency.svg")) {
            if (!Files.isRegularFile(runDir.resolve(file))) {
                problems.add("missing " + file);
            }
        }
        for (SizeResult size : sizes) {
            for (BenchmarkScenario expected : Scenarios.ALL) {
                if (!expected.runsAt(size.size().name())) {
                    continue;
                }
                ScenarioResult result = size.scenarios().stream().filter(s -> s.name().equals(expected.name()))
                        .findFirst().orElse(null);
                if (result == null) {
                    problems.add(size.size() + ": scenario " + expected.name() + " did not report");
                } else if (result.action().total() == 0 || result.requestCount() == 0) {
                    problems.add(size.size() + ": scenario " + expected.name() + " sent no request");
                } else if (result.errors() > 0 || result.action().ko() > 0) {
                    problems.add(size.size() + ": scenario " + expected.name() + " had " + result.errors()
                            + " errors");
                }
                if (result != null) {
                    result.databaseProblems().forEach(p -> problems.add(size.size() + ": scenario "
                            + expected.name() + ": " + p));
                }
            }
            if (size.readySeconds() <= 0 || size.rssIdleBytes() <= 0) {
                problems.add(size.size() + ": start-up or memory not measured");
            }
        }
        return problems;
    }
}
