package ru.navyk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.navyk.testsupport.TestDatabase;

/**
 * Two cluster nodes starting together on a new PostgreSQL database: both migrate at the same moment with the real
 * changelog. One runs Liquibase, the other waits for it and then finds the schema already migrated; neither fails
 * (before the advisory lock, one failed creating Liquibase's own table), and every changeset ran once.
 */
@Tag("postgresql-only")
class ConcurrentMigrationIT {

    private static final String DATABASE = "navyk_concurrent_migration";

    @Test
    void twoNodesMigratingANewDatabaseTogetherBothSucceedAndEachChangesetRunsOnce() throws Exception {
        try (Connection admin = TestDatabase.connectPostgresql("navyk_migration");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<SchemaMigrator.Outcome>> outcomes = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                outcomes.add(nodes.submit(() -> {
                    try (Connection connection = TestDatabase.connectPostgresql(DATABASE)) {
                        together.await(30, TimeUnit.SECONDS);
                        return new SchemaMigrator(DatabaseMigration.CHANGELOG,
                                ConcurrentMigrationIT.class.getClassLoader()).migrate(connection);
                    }
                }));
            }
            List<SchemaMigrator.Outcome> results = new ArrayList<>();
            for (Future<SchemaMigrator.Outcome> outcome : outcomes) {
                results.add(outcome.get(5, TimeUnit.MINUTES));
            }
            results.sort(null);
            assertEquals(List.of(SchemaMigrator.Outcome.UNCHANGED, SchemaMigrator.Outcome.UPDATED), results);
        } finally {
            nodes.shutdownNow();
        }
        try (Connection connection = TestDatabase.connectPostgresql(DATABASE)) {
            assertEquals(0, single(connection, "SELECT COUNT(*) FROM (SELECT id, author, filename FROM"
                    + " databasechangelog GROUP BY id, author, filename HAVING COUNT(*) > 1) twice"));
            assertEquals(0, single(connection, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND"
                    + " database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
                    "the lock was released");
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
