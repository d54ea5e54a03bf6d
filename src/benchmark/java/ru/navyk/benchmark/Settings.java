package ru.navyk.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What one benchmark run does, read from system properties (the Maven profile {@code benchmark} passes them on).
 *
 * @param sizes         centres to run, in order
 * @param smoke         CI's check that the harness works: size S, few requests, no warm-up, fail on any error
 * @param seed          the generator's seed: the same seed and day give the same rows
 * @param asOf          the day the generated history ends (the first of the current month unless set, so a month's
 *                      runs share their data)
 * @param requests      requests each virtual user sends per scenario
 * @param portalXmx     heap of the portal under test
 * @param out           where runs, cached data and reports go ({@code target/benchmarks})
 * @param payaraMicro   the Payara Micro jar
 * @param war           the WAR under test
 * @param postgresql    whether the portal runs on PostgreSQL (a server of the run's own, each size's centre copied
 *                      into it from the generated Derby centre) instead of the embedded Derby default
 */
public record Settings(List<Size> sizes, boolean smoke, long seed, LocalDate asOf, int requests, String portalXmx,
                       Path out, Path payaraMicro, Path war, boolean postgresql) {

    /** Requests per virtual user in a smoke run: enough for every scenario to do real work, a few seconds each. */
    static final int SMOKE_REQUESTS = 3;

    public static Settings fromSystemProperties() {
        boolean smoke = Boolean.getBoolean("bench.smoke");
        List<Size> sizes = smoke ? List.of(Size.S) : Size.parse(System.getProperty("bench.sizes", "S,M"));
        LocalDate asOf = System.getProperty("bench.asOf") == null ? LocalDate.now().withDayOfMonth(1)
                : LocalDate.parse(System.getProperty("bench.asOf"));
        int requests = smoke ? SMOKE_REQUESTS : Integer.getInteger("bench.requests", 200);
        String database = System.getProperty("bench.database", "derby");
        if (!List.of("derby", "postgresql").contains(database)) {
            throw new IllegalArgumentException("bench.database must be derby or postgresql, not '" + database + "'");
        }
        return new Settings(sizes, smoke, Long.getLong("bench.seed", 20260101L), asOf, requests,
                System.getProperty("bench.xmx", "768m"),
                Path.of(System.getProperty("bench.out", "target/benchmarks")).toAbsolutePath(),
                requiredFile("payara.microJar"), requiredFile("navyk.war"), "postgresql".equals(database));
    }

    private static Path requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file; run the"
                    + " benchmarks with 'mvn -Pbenchmark verify' (docs/performance.md)");
        }
        return Path.of(value).toAbsolutePath();
    }
}
