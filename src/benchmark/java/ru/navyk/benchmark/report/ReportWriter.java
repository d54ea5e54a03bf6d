package ru.navyk.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.navyk.benchmark.report.GatlingStats.Stats;

/**
 * Writes a run's {@code report.md} (summary tables), {@code results.csv} (one row per scenario and size, for
 * spreadsheets and later comparison) and {@code latency.svg}.
 */
public final class ReportWriter {

    private static final double MB = 1024.0 * 1024.0;

    private ReportWriter() {
    }

    /** What the report says about the run as a whole. */
    public record RunInfo(String started, boolean smoke, long seed, String asOf, int requests, String portalXmx,
                          int cores, String java, String os) {
    }

    public static void write(Path runDir, RunInfo run, List<SizeResult> sizes) {
        try {
            Files.writeString(runDir.resolve("report.md"), markdown(run, sizes), StandardCharsets.UTF_8);
            Files.writeString(runDir.resolve("results.csv"), csv(sizes), StandardCharsets.UTF_8);
            Files.writeString(runDir.resolve("latency.svg"), LatencyPlot.svg(sizes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(RunInfo run, List<SizeResult> sizes) {
        StringBuilder md = new StringBuilder();
        md.append("# Navyk benchmark run ").append(run.started()).append("\n\n");
        md.append(String.format(Locale.ROOT, "%s run on %s; seed %d, history up to %s; %d iterations per virtual"
                + " user; portal heap -Xmx%s; %d cores, Java %s, %s.%n%n", run.smoke() ? "**Smoke**" : "Full",
                sizes.isEmpty() ? "no database" : sizes.get(0).database(), run.seed(), run.asOf(), run.requests(),
                run.portalXmx(), run.cores(), run.java(), run.os()));
        // Only the load before the first size is other work: later readings include the run's own load (the portal
        // and the load tool keep both cores busy, and the 1-minute average lags behind).
        boolean loaded = !sizes.isEmpty() && sizes.get(0).loadBefore() > run.cores();
        if (run.smoke() || loaded) {
            md.append("> **These numbers are not results.** ").append(run.smoke()
                    ? "A smoke run checks that the harness works; it is too short to measure anything. "
                    : "").append(loaded ? "The machine's load average exceeded its core count when the run began,"
                    + " so other work competed with the portal and the load tool. " : "")
                    .append("Results are recorded on an otherwise idle machine (docs/performance.md).\n\n");
        }

        md.append("## Scenarios\n\nAn action is one iteration of one virtual user; its latency is the sum of its"
                + " requests'. Throughput counts from the scenario's first user starting to its last finishing.\n\n");
        md.append("| size | scenario | users | actions | requests | errors | actions/s | requests/s | p50 ms |"
                + " p95 ms | p99 ms | × floor | × raw SQL |\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (SizeResult size : sizes) {
            for (ScenarioResult s : size.scenarios()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.1f | %.1f | %s | %s | %s |"
                        + " %s | %s |%n", size.size(), s.name(), s.users(), s.action().total(), s.requestCount(),
                        s.errors(), s.actionsPerSecond(), s.requestsPerSecond(), ms(s.action().p50()),
                        ms(s.action().p95()), ms(s.action().p99()), ratio(s.ratioToFloor()),
                        ratio(s.ratioToRawSql())));
            }
        }
        md.append("\n![p95 latency against size](latency.svg)\n\n");

        md.append("### Requests\n\n| size | scenario | request | count | errors | mean ms | p50 ms | p95 ms |"
                + " p99 ms | max ms |\n|---|---|---|--:|--:|--:|--:|--:|--:|--:|\n");
        for (SizeResult size : sizes) {
            for (ScenarioResult s : size.scenarios()) {
                for (Stats r : s.requests()) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %s | %s | %s | %s | %s |%n",
                            size.size(), s.name(), r.name(), r.total(), r.ko(), ms(r.mean()), ms(r.p50()),
                            ms(r.p95()), ms(r.p99()), ms(r.max())));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (SizeResult size : sizes) {
            for (ScenarioResult s : size.scenarios()) {
                s.databaseProblems().forEach(p -> problems.add(size.size() + ", " + s.name() + ": " + p));
            }
        }
        md.append("\n### Database checks after the run\n\n").append(problems.isEmpty()
                ? "Every scenario's check of the database found nothing wrong.\n"
                : "- " + String.join("\n- ", problems) + "\n");
        md.append("\n### What each scenario does\n\n");
        Set<String> described = new LinkedHashSet<>();
        for (SizeResult size : sizes) {
            for (ScenarioResult s : size.scenarios()) {
                if (described.add(s.name())) {
                    md.append("- **").append(s.name()).append("**: ").append(s.description()).append('\n');
                }
            }
        }

        md.append("\n## Raw SQL of the same views\n\nRun over JDBC on the same database after the portal stopped,"
                + " after a warm-up; the ratio divides the portal's median action by the SQL's median.\n\n");
        md.append("| size | scenario | view | runs | p50 ms | p95 ms | p99 ms |\n|---|---|---|--:|--:|--:|--:|\n");
        for (SizeResult size : sizes) {
            for (ScenarioResult s : size.scenarios()) {
                if (s.rawSql() != null) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s |%n", size.size(),
                            s.name(), s.rawSql().name(), s.rawSql().runs(), ms(s.rawSql().p50()),
                            ms(s.rawSql().p95()), ms(s.rawSql().p99())));
                }
            }
        }

        md.append("\n## Start-up, memory, database\n\n| size | people | ready s | RSS idle MB | RSS peak under load"
                + " MB |"
                + " heap idle MB | heap after load MB | heap committed MB | database | database on disk MB |"
                + " load average before / after |\n|---|--:|--:|--:|--:|--:|--:|--:|---|--:|---|\n");
        for (SizeResult s : sizes) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %s | %s | %s | %s | %s | %s | %s | %.1f /"
                    + " %.1f |%n", s.size(), s.people(), s.readySeconds(), mb(s.rssIdleBytes()),
                    mb(s.rssPeakBytes()), mb(s.heapIdleBytes()), mb(s.heapAfterLoadBytes()),
                    mb(s.heapCommittedBytes()), s.copySeconds() > 0 ? String.format(Locale.ROOT,
                            "%s (copied from Derby in %.1f s)", s.database(), s.copySeconds()) : s.database(),
                    mb(s.databaseBytes()), s.loadBefore(), s.loadAfter()));
        }

        md.append("\n## Generated data\n\n| table |");
        sizes.forEach(s -> md.append(' ').append(s.size()).append(" |"));
        md.append("\n|---|");
        sizes.forEach(s -> md.append("--:|"));
        md.append('\n');
        Set<String> tables = new LinkedHashSet<>();
        sizes.forEach(s -> tables.addAll(s.rows().keySet()));
        for (String table : tables) {
            md.append("| ").append(table).append(" |");
            for (SizeResult s : sizes) {
                md.append(String.format(Locale.ROOT, " %,d |", s.rows().getOrDefault(table, 0L)));
            }
            md.append('\n');
        }
        md.append("| *generator, seconds* |");
        sizes.forEach(s -> md.append(String.format(Locale.ROOT, " %.1f |", s.generationSeconds())));
        md.append("\n\nGatling's own HTML reports are in `<size>/gatling/`; the portal's log in"
                + " `<size>/payara.log`.\n");
        return md.toString();
    }

    static String csv(List<SizeResult> sizes) {
        List<String> lines = new ArrayList<>();
        lines.add("size,people,scenario,users,actions,requests,errors,seconds,actions_per_s,requests_per_s,p50_ms,"
                + "p95_ms,p99_ms,ratio_to_floor,raw_sql_p50_ms,ratio_to_raw_sql,database");
        for (SizeResult size : sizes) {
            for (ScenarioResult s : size.scenarios()) {
                lines.add(String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%d,%d,%.3f,%.2f,%.2f,%.1f,%.1f,%.1f,%s,%s,%s,%s",
                        size.size(), size.people(), s.name(), s.users(), s.action().total(), s.requestCount(),
                        s.errors(), s.seconds(), s.actionsPerSecond(), s.requestsPerSecond(), s.action().p50(),
                        s.action().p95(), s.action().p99(), s.ratioToFloor() == null ? "" : s.ratioToFloor(),
                        s.rawSql() == null ? "" : s.rawSql().p50(), s.ratioToRawSql() == null ? ""
                                : s.ratioToRawSql(), size.database()));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "–" : String.format(Locale.ROOT, "%.0f", bytes / MB);
    }
}
