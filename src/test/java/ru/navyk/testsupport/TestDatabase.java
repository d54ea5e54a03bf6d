package ru.navyk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Which database this run of the integration tests uses: embedded Derby (the default run) or the private PostgreSQL
 * server that {@code -Ppostgresql} starts for the build (see {@code src/test/postgresql/}). The failsafe execution
 * sets {@code navyk.it.database}, and for PostgreSQL the server's base URL and credentials.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** "derby" or "postgresql": the name failures and logs carry. */
    public static String name() {
        return System.getProperty("navyk.it.database", "derby");
    }

    public static boolean isPostgresql() {
        return "postgresql".equals(name());
    }

    /** Base JDBC URL of the private PostgreSQL server (ends with "/"); refuses when the run has none. */
    public static String postgresqlBaseUrl() {
        String url = System.getProperty("navyk.it.pg.url");
        if (url == null || url.contains("${")) {
            throw new IllegalStateException("This test needs the private PostgreSQL server: run it with -Ppostgresql");
        }
        return url;
    }

    public static String postgresqlUrl(String database) {
        return postgresqlBaseUrl() + database;
    }

    /** The environment that points a Payara Micro running Navyk at one of the server's databases. */
    public static Map<String, String> postgresqlEnvironment(String database) {
        return Map.of("NAVYK_DB_URL", postgresqlUrl(database),
                "NAVYK_DB_USER", System.getProperty("navyk.it.pg.user", "navyk"),
                "NAVYK_DB_PASSWORD", System.getProperty("navyk.it.pg.password", ""));
    }

    /** A direct connection to one of the private server's databases, for a test's own checks. */
    public static Connection connectPostgresql(String database) throws SQLException {
        return DriverManager.getConnection(postgresqlUrl(database), System.getProperty("navyk.it.pg.user", "navyk"),
                System.getProperty("navyk.it.pg.password", ""));
    }
}
