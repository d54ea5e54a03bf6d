package ru.navyk.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import ru.navyk.benchmark.data.CentreGenerator;
import ru.navyk.benchmark.data.DerbyFiles;
import ru.navyk.benchmark.gatling.BenchmarkScenario;
import ru.navyk.benchmark.gatling.Scenarios;
import ru.navyk.benchmark.report.GatlingStats;
import ru.navyk.benchmark.report.ScenarioResult;
import ru.navyk.benchmark.report.SizeResult;
import ru.navyk.benchmark.sql.RawSqlProbes;
import ru.navyk.benchmark.sql.RawSqlProbes.Timing;

/**
 * Everything measured at one size: a copy of the generated centre, one portal started on it (time to ready, memory
 * idle), a warm-up, the measured Gatling run (memory sampled meanwhile), the portal stopped, the database's size,
 * then the raw SQL of the views on the same database.
 */
final class SizeRun {

    /** Idle means: the start-up work is over and nothing has been asked yet. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration RSS_SAMPLING = Duration.ofMillis(250);
    private static final int SQL_WARM_UP = 20;
    private static final int SQL_RUNS = 100;

    private final Settings settings;
    private final CentreCache cache;
    /** The run's PostgreSQL server, or null on the embedded Derby default. */
    private final PostgresqlServer postgresql;
    private final Size size;
    private final Path dir;
    /** The requests per user of each Gatling run on this size's database, in order. */
    private final List<Integer> runs = new ArrayList<>();

    SizeRun(Settings settings, CentreCache cache, PostgresqlServer postgresql, Size size, Path runDir) {
        this.settings = settings;
        this.cache = cache;
        this.postgresql = postgresql;
        this.size = size;
        this.dir = runDir.resolve(size.name());
    }

    SizeResult run() {
        double loadBefore = loadAverage();
        Path template = cache.template(size);
        CentreGenerator.Generated generated = CentreGenerator.read(template);
        Path data = dir.resolve("data");
        DerbyFiles.copy(template, data);
        Path users = data.resolve("users");
        CentreDatabase database = CentreDatabase.derby(data);
        double copySeconds = 0;
        if (postgresql != null) {
            CentreCache.log("size " + size + ": copying the centre into PostgreSQL");
            long copyStarted = System.nanoTime();
            database = postgresql.copyOf(data, "navyk_" + size.name().toLowerCase(Locale.ROOT),
                    dir.resolve("copy-to-postgresql.log"));
            copySeconds = (System.nanoTime() - copyStarted) / 1e9;
            CentreCache.log(String.format("size %s: copied in %.1f s", size, copySeconds));
        }

        CentreCache.log("size " + size + ": starting the portal");
        double ready;
        long rssIdle;
        long rssPeak;
        long[] heapIdle;
        long[] heapAfter;
        try (PortalProcess portal = PortalProcess.start(settings, data, dir, database.portalEnvironment())) {
            ready = portal.readyAfter().toMillis() / 1000.0;
            CentreCache.log(String.format("size %s: ready after %.1f s", size, ready));
            PortalProcess.sleep(SETTLE);
            rssIdle = portal.residentBytes();
            heapIdle = portal.heap().orElse(new long[] {-1, -1});
            if (!settings.smoke()) {
                runs.add(Math.max(5, settings.requests() / 10));
                CentreCache.log("size " + size + ": warm-up");
                GatlingLauncher.run(portal.baseUri(), size.name(), users, runs.get(0),
                        dir.resolve("warm-up"), dir.resolve("warm-up-timings.properties"), size + " warm-up");
            }
            CentreCache.log("size " + size + ": measured run");
            runs.add(settings.requests());
            AtomicLong peak = new AtomicLong(portal.residentBytes());
            AtomicBoolean loading = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (loading.get()) {
                    peak.accumulateAndGet(portal.residentBytes(), Math::max);
                    PortalProcess.sleep(RSS_SAMPLING);
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            try {
                GatlingLauncher.run(portal.baseUri(), size.name(), users, settings.requests(), dir.resolve("gatling"),
                        dir.resolve("timings.properties"), size + " (" + size.people() + " people)");
            } finally {
                loading.set(false);
                join(sampler);
            }
            rssPeak = peak.get();
            heapAfter = portal.heap().orElse(new long[] {-1, -1});
        }
        long databaseBytes = database.sizeOnDisk();
        List<ScenarioResult> scenarios = scenarios(database, users);
        return new SizeResult(size, generated.people(), generated.rows(), generated.elapsed().toMillis() / 1000.0,
                database.label(), copySeconds, databaseBytes, ready, rssIdle, rssPeak, heapIdle[0], heapAfter[0], heapAfter[1], loadBefore,
                loadAverage(), scenarios);
    }

    private List<ScenarioResult> scenarios(CentreDatabase database, Path users) {
        Map<String, GatlingStats.Group> groups = GatlingStats.read(dir.resolve("gatling"));
        Properties timings = properties(dir.resolve("timings.properties"));
        List<ScenarioResult> results = new ArrayList<>();
        for (BenchmarkScenario scenario : Scenarios.ALL) {
            GatlingStats.Group group = groups.get(scenario.name());
            if (group == null) {
                continue;
            }
            double seconds = (Long.parseLong(timings.getProperty(scenario.name() + ".end", "0"))
                    - Long.parseLong(timings.getProperty(scenario.name() + ".start", "0"))) / 1000.0;
            Timing sql = scenario.rawSql().flatMap(RawSqlProbes::byName)
                    .map(probe -> RawSqlProbes.time(probe, database, users, SQL_WARM_UP, SQL_RUNS)).orElse(null);
            Double ratioToSql = sql == null || sql.p50() <= 0 ? null : group.action().p50() / sql.p50();
            results.add(new ScenarioResult(scenario.name(), scenario.description(), scenario.users(),
                    group.action(), group.requests(), seconds, null, sql, ratioToSql,
                    checkDatabase(scenario, database, users)));
        }
        return withFloorRatios(results);
    }

    private List<String> checkDatabase(BenchmarkScenario scenario, CentreDatabase database, Path users) {
        try (Connection connection = database.open()) {
            return scenario.checkDatabase(connection, users, runs);
        } catch (SQLException e) {
            return List.of("the database check failed: " + e.getMessage());
        } finally {
            database.closeConnections();
        }
    }

    /** Actions per second of each scenario compared with the floor's (scenario 1's target: at least half). */
    private static List<ScenarioResult> withFloorRatios(List<ScenarioResult> results) {
        List<ScenarioResult> compared = new ArrayList<>();
        for (ScenarioResult r : results) {
            Double ratio = Scenarios.byName(r.name()).flatMap(BenchmarkScenario::comparedWithFloor)
                    .flatMap(floor -> results.stream().filter(f -> f.name().equals(floor)).findFirst())
                    .filter(floor -> floor.actionsPerSecond() > 0)
                    .map(floor -> r.actionsPerSecond() / floor.actionsPerSecond()).orElse(null);
            compared.add(new ScenarioResult(r.name(), r.description(), r.users(), r.action(), r.requests(),
                    r.seconds(), ratio, r.rawSql(), r.ratioToRawSql(), r.databaseProblems()));
        }
        return compared;
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The 1-minute load average: above the core count, other work competed with the measurement. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
