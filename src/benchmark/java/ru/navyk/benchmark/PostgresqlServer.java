package ru.navyk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ru.navyk.benchmark.data.DerbyFiles;

/**
 * A PostgreSQL server of the run's own ({@code -Dbench.database=postgresql}): Debian's server binaries started by the
 * tests' script ({@code src/test/postgresql/private-postgresql.sh}) under {@code target/benchmarks/postgresql}, on
 * 127.0.0.1 and a free port, with PostgreSQL's default durability (fsync and synchronous commit on, unlike the
 * tests' throw-away server), so that it is compared with Derby, which writes its log to disk at each commit. Each size
 * gets a database of its own, filled from the generated Derby centre by the portal's documented copy command
 * ({@code CopyToPostgresql}, docs/deployment.md), exactly as an installation moves from Derby to PostgreSQL.
 */
final class PostgresqlServer implements AutoCloseable {

    private static final String SCRIPT = "src/test/postgresql/private-postgresql.sh";
    private static final String USER = "navyk";
    private static final String PASSWORD = "navyk-bench-postgresql";
    private static final Duration COPY_TIMEOUT = Duration.ofHours(2);

    private final Path dir;
    private final int port;
    private final String version;

    private PostgresqlServer(Path dir, int port, String version) {
        this.dir = dir;
        this.port = port;
        this.version = version;
    }

    static PostgresqlServer start(Path dir) {
        int port = PortalProcess.freePort();
        run(Map.of("NAVYK_PG_DURABLE", "true"), Duration.ofMinutes(2), dir.resolveSibling("postgresql.log"),
                "bash", SCRIPT, "start", dir.toString(), String.valueOf(port), PASSWORD, "postgres_bench");
        PostgresqlServer server = new PostgresqlServer(dir, port, "");
        try (Connection connection = server.connect("postgres_bench");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return new PostgresqlServer(dir, port, rows.getString(1));
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("The benchmark's PostgreSQL server does not answer: " + e.getMessage(), e);
        }
    }

    /**
     * A new database {@code name} holding the Derby centre of {@code dataDir}, copied by the portal's own command;
     * the Derby copy is shut down afterwards. The copy's output goes to {@code log}.
     */
    CentreDatabase copyOf(Path dataDir, String name, Path log) {
        try (Connection connection = connect("postgres_bench"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name + ": " + e.getMessage(), e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(Map.of("NAVYK_DB_PASSWORD", PASSWORD), COPY_TIMEOUT, log, java, "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), "ru.navyk.infrastructure.persistence.CopyToPostgresql",
                "--from", "jdbc:derby:" + DerbyFiles.database(dataDir).toAbsolutePath(), "--to", url(name),
                "--to-user", USER);
        return database(name);
    }

    private CentreDatabase database(String name) {
        return new CentreDatabase() {
            @Override
            public String label() {
                return "PostgreSQL " + version;
            }

            @Override
            public Map<String, String> portalEnvironment() {
                return Map.of("NAVYK_DB_URL", url(name), "NAVYK_DB_USER", USER, "NAVYK_DB_PASSWORD", PASSWORD);
            }

            @Override
            public Connection open() throws SQLException {
                return connect(name);
            }

            @Override
            public void closeConnections() {
                // Each connection is closed by its user; the server runs until the end of the run.
            }

            @Override
            public long sizeOnDisk() {
                try (Connection connection = connect(name); Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT pg_database_size(current_database())")) {
                    rows.next();
                    return rows.getLong(1);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not read the size of " + name + ": " + e.getMessage(), e);
                }
            }
        };
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        run(Map.of(), Duration.ofMinutes(2), dir.resolveSibling("postgresql.log"), "bash", SCRIPT, "stop",
                dir.toString());
    }

    /** Runs a command to its end, its output appended to {@code log}; fails with the log's name. */
    private static void run(Map<String, String> environment, Duration timeout, Path log, String... command) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command[0], command[1]) + " took longer than "
                        + timeout + "; see " + log.toAbsolutePath());
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", List.of(command).subList(0,
                        Math.min(3, command.length))) + "' failed (exit " + process.exitValue() + "); see "
                        + log.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
