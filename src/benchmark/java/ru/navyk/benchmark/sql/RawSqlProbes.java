package ru.navyk.benchmark.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import ru.navyk.benchmark.CentreDatabase;

/** Every raw-SQL probe, and how they are timed: warm up, then time each run and report percentiles. */
public final class RawSqlProbes {

    /** A fresh probe per size (probes remember their callers). */
    public static final List<Supplier<RawSqlProbe>> ALL = List.of(TeamMatrixSql::new, OrganisationReviewSql::new);

    /** Time the timed runs of one probe may take, once ten are done. */
    private static final long BUDGET_NANOS = 30_000_000_000L;

    private RawSqlProbes() {
    }

    /** Latencies of one probe, in milliseconds. */
    public record Timing(String name, String sql, int runs, double p50, double p95, double p99) {
    }

    public static Optional<RawSqlProbe> byName(String name) {
        return ALL.stream().map(Supplier::get).filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Runs a probe {@code warmUp} times untimed (statement compilation, page cache), then {@code runs} times timed,
     * on the stopped portal's database; the callers are those of {@code usersDir}.
     */
    public static Timing time(RawSqlProbe probe, CentreDatabase database, Path usersDir, int warmUp, int runs) {
        try (Connection connection = database.open()) {
            connection.setReadOnly(true);
            probe.prepare(connection, usersDir);
            for (int i = 0; i < warmUp; i++) {
                probe.runOnce(connection);
            }
            double[] millis = new double[runs];
            int done = 0;
            long deadline = System.nanoTime() + BUDGET_NANOS;
            // At least ten runs; a view that reads the whole centre stops early at L, within its budget.
            while (done < runs && (done < 10 || System.nanoTime() < deadline)) {
                long started = System.nanoTime();
                probe.runOnce(connection);
                millis[done++] = (System.nanoTime() - started) / 1e6;
            }
            millis = Arrays.copyOf(millis, done);
            Arrays.sort(millis);
            return new Timing(probe.name(), probe.sql(), done, percentile(millis, 50), percentile(millis, 95),
                    percentile(millis, 99));
        } catch (SQLException e) {
            throw new IllegalStateException("Raw SQL " + probe.name() + " failed: " + e.getMessage(), e);
        } finally {
            database.closeConnections();
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
