package ru.navyk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.benchmark.report.ReportWriter;
import ru.navyk.benchmark.report.SizeResult;
import ru.navyk.benchmark.report.SmokeCheck;

/**
 * The one benchmark command's program ({@code mvn -Pbenchmark verify}, docs/performance.md): for each size, a
 * generated centre, the portal started on it, every scenario driven by Gatling, the raw SQL of the views; then
 * {@code target/benchmarks/<yyyyMMdd-HHmmss>/report.md} with its tables, {@code results.csv} and {@code latency.svg},
 * also copied to {@code target/benchmarks/latest/}. A smoke run ({@code -Dbench.smoke=true}) fails unless every
 * scenario reported without error.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystemProperties();
        String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runDir = settings.out().resolve(started);
        try {
            Files.createDirectories(runDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("derby.stream.error.file", runDir.resolve("derby.log").toString());
        CentreCache cache = new CentreCache(settings);
        List<SizeResult> results = new ArrayList<>();
        try (PostgresqlServer postgresql = settings.postgresql()
                ? PostgresqlServer.start(settings.out().resolve("postgresql")) : null) {
            for (Size size : settings.sizes()) {
                results.add(new SizeRun(settings, cache, postgresql, size, runDir).run());
            }
        }
        ReportWriter.write(runDir, new ReportWriter.RunInfo(started, settings.smoke(), settings.seed(),
                settings.asOf().toString(), settings.requests(), settings.portalXmx(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch")), results);
        copyToLatest(runDir, settings.out().resolve("latest"));
        CentreCache.log("report: " + runDir.resolve("report.md"));
        if (settings.smoke()) {
            List<String> problems = SmokeCheck.problems(runDir, results);
            problems.forEach(p -> System.err.println("[benchmark] smoke check: " + p));
            if (!problems.isEmpty()) {
                System.exit(1);
            }
            CentreCache.log("smoke check passed: every scenario reported, no errors");
        }
    }

    private static void copyToLatest(Path runDir, Path latest) {
        try {
            Files.createDirectories(latest);
            for (String file : List.of("report.md", "results.csv", "latency.svg")) {
                Files.copy(runDir.resolve(file), latest.resolve(file),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
