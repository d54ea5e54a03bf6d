package ru.navyk.benchmark.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import ru.navyk.benchmark.Size;

/**
 * Fills a portal data folder with a generated contact centre (docs/performance.md, "Data").
 *
 * <p>The folder must hold a database the portal has already started on once, so that the competency model, the
 * shipped job profiles and the account {@code admin} exist exactly as the portal writes them ({@link #migrate} brings
 * a fresh folder's schema up with the portal's own Liquibase changelog first; the runner then boots the portal on it).
 * Everything else is written here with JDBC batches, feature by feature ({@link #FEATURES}), deterministically from
 * the seed and the day the history ends. The row counts and the time taken go to {@code generated.properties} in the
 * folder, the benchmark callers to {@code users/}.
 *
 * <p>Run alone: {@code CentreGenerator <dataDir> <S|M|L|headcount> [seed] [asOf yyyy-mm-dd]}.
 */
public final class CentreGenerator {

    /** The changelog the portal runs at start-up (infrastructure.persistence.DatabaseMigration). */
    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    /**
     * Every feature's rows, in the order their foreign keys need. A feature merged later adds its class here (see
     * {@link KnowledgeBaseData} for the knowledge base's).
     */
    static final List<FeatureData> FEATURES = List.of(new PeopleData(), new AccountData(), new EvidenceData(),
            new LevelDecisionData(), new MentorLogData(), new KnowledgeBaseData());

    private static final Logger LOG = Logger.getLogger(CentreGenerator.class.getName());

    private CentreGenerator() {
    }

    /** What a generation wrote. */
    public record Generated(int people, Map<String, Long> rows, Duration elapsed) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CentreGenerator <dataDir> <S|M|L|headcount> [seed] [asOf yyyy-mm-dd]");
            System.exit(2);
        }
        int people = args[1].chars().allMatch(Character::isDigit) ? Integer.parseInt(args[1])
                : Size.valueOf(args[1]).people();
        Generated generated = generate(Path.of(args[0]), people, args.length > 2 ? Long.parseLong(args[2]) : 1L,
                args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.now().withDayOfMonth(1));
        generated.rows().forEach((table, rows) -> System.out.printf("%-22s %,12d%n", table, rows));
        System.out.printf("%,d rows in %.1f s%n", generated.totalRows(), generated.elapsed().toMillis() / 1000.0);
    }

    /** Creates or updates the schema of a data folder with the portal's own changelog. */
    public static void migrate(Path dataDir) {
        try (Connection connection = DerbyFiles.open(dataDir)) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(CentreGenerator.class.getClassLoader()), database);
            liquibase.update(new Contexts(), new LabelExpression());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Could not migrate " + dataDir + ": " + e.getMessage(), e);
        } finally {
            DerbyFiles.shutDown(dataDir);
        }
    }

    public static Generated generate(Path dataDir, int people, long seed, LocalDate asOf) {
        long started = System.nanoTime();
        CentrePlan plan = CentrePlan.of(people, seed, asOf);
        Map<String, Long> rows;
        try (Connection connection = DerbyFiles.open(dataDir)) {
            connection.setAutoCommit(false);
            Generation generation = new Generation(connection, plan, seed, dataDir.resolve("users"));
            for (FeatureData feature : FEATURES) {
                long featureStarted = System.nanoTime();
                feature.write(generation);
                LOG.info(() -> feature.name() + ": " + Duration.ofNanos(System.nanoTime() - featureStarted).toMillis()
                        + " ms");
            }
            generation.restartIdentities();
            rows = new LinkedHashMap<>(generation.counts());
            updateStatistics(connection, rows.keySet());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the centre in " + dataDir + ": " + e.getMessage(), e);
        } finally {
            DerbyFiles.shutDown(dataDir);
        }
        Generated generated = new Generated(people, rows, Duration.ofNanos(System.nanoTime() - started));
        write(dataDir.resolve("generated.properties"), generated, seed, asOf);
        return generated;
    }

    /** Reads what an earlier generation of this folder wrote. */
    public static Generated read(Path dataDir) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve("generated.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : properties.getProperty("tables").split(",")) {
            rows.put(table, Long.parseLong(properties.getProperty("rows." + table)));
        }
        return new Generated(Integer.parseInt(properties.getProperty("people")), rows,
                Duration.ofMillis(Long.parseLong(properties.getProperty("elapsedMillis"))));
    }

    /**
     * Fresh optimizer statistics, as a database that grew to this size in production would have; without them Derby
     * plans the first queries for empty tables.
     */
    private static void updateStatistics(Connection connection, Iterable<String> tables) throws SQLException {
        try (CallableStatement update = connection.prepareCall(
                "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', ?, NULL)")) {
            for (String table : tables) {
                update.setString(1, table.toUpperCase(java.util.Locale.ROOT));
                update.execute();
            }
        }
        connection.commit();
    }

    private static void write(Path file, Generated generated, long seed, LocalDate asOf) {
        Properties properties = new Properties();
        properties.setProperty("people", String.valueOf(generated.people()));
        properties.setProperty("seed", String.valueOf(seed));
        properties.setProperty("asOf", asOf.toString());
        properties.setProperty("elapsedMillis", String.valueOf(generated.elapsed().toMillis()));
        properties.setProperty("tables", String.join(",", generated.rows().keySet()));
        generated.rows().forEach((table, rows) -> properties.setProperty("rows." + table, String.valueOf(rows)));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "Written by CentreGenerator");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
