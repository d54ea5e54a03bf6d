package ru.navyk.benchmark.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One measured scenario: a fixed number of virtual users, started at once, each sending its requests back to back
 * for {@link ScenarioContext#requests()} iterations (a fixed amount of work, so runs compare). Every request of the
 * scenario is reported under the scenario's {@link #name()}.
 */
public interface BenchmarkScenario {

    /** Stable id: the Gatling group, the report's row, the plot's line. */
    String name();

    /** One line for the report: what is asked, by whom. */
    String description();

    /** Virtual users at once (each its own caller and its own connections, like browsers). */
    int users();

    /** What one virtual user does per iteration, with its caller already in the session (see {@link Callers}). */
    ChainBuilder iteration(ScenarioContext context);

    /**
     * Iterations each user sends when a run asks for {@code requests}: the same, unless the scenario's data limits it
     * (the storm can acknowledge only the changes still pending; publishing to everyone is a rare, heavy action).
     */
    default int iterations(int requests) {
        return requests;
    }

    /** Which caller list feeds the users: agents or managers, or none for anonymous requests. */
    Callers.Kind callers();

    /** The scenario whose throughput this one is compared with: the floor, for scenarios of the floor's shape. */
    default Optional<String> comparedWithFloor() {
        return Optional.empty();
    }

    /** The raw-SQL probe ({@code ru.navyk.benchmark.sql}) timing the same view directly, if any. */
    default Optional<String> rawSql() {
        return Optional.empty();
    }

    /**
     * Whether the scenario runs at a size ({@code S}, {@code M}, {@code L}); e.g. a scenario too slow to be useful
     * at L, where the issue asks only for the generator and the organisation-wide scenarios.
     */
    default boolean runsAt(String size) {
        return true;
    }

    /**
     * Checks the database after the run, with the portal stopped: e.g. the storm's "zero lost or duplicated
     * acknowledgements". Each problem found is one line of the report, and fails a smoke run.
     *
     * @param usersDir the callers the scenario was fed
     * @param runs     the {@code requests} of each Gatling run on this database (warm-up, measured), in order
     */
    default List<String> checkDatabase(Connection connection, Path usersDir, List<Integer> runs) throws SQLException {
        return List.of();
    }
}
