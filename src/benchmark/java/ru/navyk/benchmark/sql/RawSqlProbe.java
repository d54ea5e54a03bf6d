package ru.navyk.benchmark.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One view's SQL, run the way the view needs it for one caller. Plug-in points as features land: the team matrix
 * (a team's people × the labor functions of their profile, with each item's latest evidence) and the
 * organisation-wide qualification overview's first page.
 */
public interface RawSqlProbe {

    /** The name scenarios refer to ({@code BenchmarkScenario.rawSql()}). */
    String name();

    /** The SQL, shown in the report. */
    String sql();

    /** Reads what the probe needs (e.g. a caller from {@code users/}) before the timed runs. */
    void prepare(Connection connection, Path usersDir) throws SQLException;

    /** Runs the view's statements once for the next caller and reads every row, as the portal would. */
    void runOnce(Connection connection) throws SQLException;
}
