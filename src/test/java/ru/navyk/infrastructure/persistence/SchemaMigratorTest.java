package ru.navyk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema migration's fast path, on a real embedded Derby database and a small changelog of its own. */
class SchemaMigratorTest {

    private static final String MASTER = "db/changelog/master.xml";

    @TempDir
    Path dir;

    private Connection connection;

    @BeforeEach
    void openDatabase() throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:derby:" + dir.resolve("derby") + ";create=true");
        writeChangelog("001");
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        connection.close();
        try {
            DriverManager.getConnection("jdbc:derby:" + dir.resolve("derby") + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a database shut down as an exception (08006).
        }
    }

    @Test
    void aNewDatabaseIsMigratedAndTheNextStartSkipsLiquibase() throws Exception {
        assertEquals(SchemaMigrator.Outcome.UPDATED, migrator().migrate(connection));
        assertEquals(0, count("SELECT COUNT(*) FROM item_001"));

        assertEquals(SchemaMigrator.Outcome.UNCHANGED, migrator().migrate(connection));
        assertEquals(1, count("SELECT COUNT(*) FROM DATABASECHANGELOG"));
    }

    @Test
    void aNewChangesetChangesTheFingerprintAndRuns() throws Exception {
        migrator().migrate(connection);
        String before = migrator().fingerprint();

        writeChangelog("001", "002");

        assertNotEquals(before, migrator().fingerprint());
        assertEquals(SchemaMigrator.Outcome.UPDATED, migrator().migrate(connection));
        assertEquals(0, count("SELECT COUNT(*) FROM item_002"));
        assertEquals(SchemaMigrator.Outcome.UNCHANGED, migrator().migrate(connection));
    }

    @Test
    void anEditedChangesetChangesTheFingerprintSoLiquibaseValidatesIt() throws Exception {
        migrator().migrate(connection);
        Files.writeString(dir.resolve("classes/db/changelog/changes/001.xml"), changeset("001", "edited"));

        // Liquibase runs again and refuses a changeset edited after it ran: the fast path never hides that.
        Exception refused = assertThrows(Exception.class, () -> migrator().migrate(connection));
        assertTrue(refused.getMessage().contains("001.xml::001::test"), refused.getMessage());
    }

    @Test
    void aDatabaseMigratedWithoutTheTagIsMigratedAgainAndTagged() throws Exception {
        migrator().migrate(connection);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE DATABASECHANGELOG SET TAG = NULL");
        }

        assertEquals(SchemaMigrator.Outcome.UPDATED, migrator().migrate(connection));
        assertEquals(SchemaMigrator.Outcome.UNCHANGED, migrator().migrate(connection));
    }

    @Test
    void aChangelogNamingAMissingFileIsRefusedByName() throws Exception {
        Files.writeString(dir.resolve("classes/" + MASTER), master("001", "missing"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> migrator().fingerprint());
        assertTrue(refused.getMessage().contains("changes/missing.xml"), refused.getMessage());
    }

    private SchemaMigrator migrator() throws IOException {
        URL classes = dir.resolve("classes").toUri().toURL();
        // A fresh loader each time, so an edited file is read again, as by a new build.
        return new SchemaMigrator(MASTER, new URLClassLoader(new URL[] {classes}, getClass().getClassLoader()));
    }

    private void writeChangelog(String... changesets) throws IOException {
        Path changes = Files.createDirectories(dir.resolve("classes/db/changelog/changes"));
        for (String id : changesets) {
            Files.writeString(changes.resolve(id + ".xml"), changeset(id, "name"));
        }
        Files.writeString(dir.resolve("classes/" + MASTER), master(changesets));
    }

    private static String master(String... changesets) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                """);
        for (String id : changesets) {
            xml.append("    <include file=\"changes/").append(id).append(".xml\" relativeToChangelogFile=\"true\"/>\n");
        }
        return xml.append("</databaseChangeLog>\n").toString();
    }

    private static String changeset(String id, String column) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                    <changeSet id="%1$s" author="test">
                        <createTable tableName="item_%1$s">
                            <column name="%2$s" type="VARCHAR(20)"/>
                        </createTable>
                    </changeSet>
                </databaseChangeLog>
                """.formatted(id, column);
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
