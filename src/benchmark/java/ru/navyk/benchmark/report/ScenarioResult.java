package ru.navyk.benchmark.report;

import java.util.List;
import ru.navyk.benchmark.report.GatlingStats.Stats;
import ru.navyk.benchmark.sql.RawSqlProbes.Timing;

/**
 * One scenario at one size. An action is one iteration of a user (one ping for the floor; for the self-service
 * scenario, "me" and "progress"); its latency is the sum of its requests'.
 *
 * @param seconds         from the scenario's first user starting to its last user finishing
 * @param ratioToFloor    actions per second divided by the floor's, for scenarios compared with the floor
 * @param rawSql          the same view as raw SQL, for scenarios that have a probe
 * @param ratioToRawSql   the portal's median action latency divided by the raw SQL's median
 * @param databaseProblems what the scenario's check of the database after the run found (none is good)
 */
public record ScenarioResult(String name, String description, int users, Stats action, List<Stats> requests,
                             double seconds, Double ratioToFloor, Timing rawSql, Double ratioToRawSql,
                             List<String> databaseProblems) {

    public long requestCount() {
        return requests.stream().mapToLong(Stats::total).sum();
    }

    public long errors() {
        return requests.stream().mapToLong(Stats::ko).sum();
    }

    public double actionsPerSecond() {
        return seconds <= 0 ? 0 : action.total() / seconds;
    }

    public double requestsPerSecond() {
        return seconds <= 0 ? 0 : requestCount() / seconds;
    }
}
