package ru.navyk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness keeps working (docs/performance.md): its smoke run, size S with a few iterations per user,
 * in a JVM of its own on the class path the build wrote ({@code target/benchmark-runner.args}: the harness, the
 * portal's libraries and Gatling, which the tests' class path must not carry). The runner fails unless every
 * scenario reported, no request failed and the storm's database check found nothing; this test asserts that and the
 * report, and no timing.
 */
class BenchmarkSmokeIT {

    private static final List<String> SCENARIOS = List.of("floor", "shift-start-storm", "team-matrix",
            "manager-lists", "organisation-review", "publish-to-all");

    @Test
    void aSmokeRunReportsEveryScenarioWithoutErrors() throws IOException, InterruptedException {
        Path war = Path.of(System.getProperty("navyk.war"));
        Path target = war.getParent();
        Path out = target.resolve("benchmarks");
        Path log = target.resolve("it").resolve("benchmark-smoke.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx1g", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + target,
                "-Dbench.smoke=true", "-Dbench.out=" + out, "-Dbench.startupMinutes=8",
                "-Dpayara.microJar=" + System.getProperty("payara.microJar"), "-Dnavyk.war=" + war,
                "@" + target.resolve("benchmark-runner.args"), "ru.navyk.benchmark.BenchmarkRunner"));
        Process runner = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = runner.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            runner.descendants().forEach(ProcessHandle::destroyForcibly);
            runner.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "the smoke run did not finish in 20 minutes; " + log);
        assertEquals(0, runner.exitValue(), "the smoke run failed:\n" + tail(output));
        String report = Files.readString(out.resolve("latest").resolve("report.md"), StandardCharsets.UTF_8);
        for (String scenario : SCENARIOS) {
            assertTrue(report.contains("| S | " + scenario + " |"), scenario + " missing from the report:\n" + report);
        }
        assertTrue(output.contains("smoke check passed"), tail(output));
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }
}
