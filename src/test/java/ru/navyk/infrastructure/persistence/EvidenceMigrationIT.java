package ru.navyk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import ru.navyk.testsupport.TestDatabase;

/**
 * Migration 014 on a database as the versions before it left it: the Russian phrases those versions stored for a
 * passed test («Тест курса «X»», «Результат 85 %, попытка 2», «Тест по изменению «X»») become the facts (the title,
 * the score and attempt), and every row that does not read exactly as they wrote it stays as it was. Runs on Derby
 * in a folder of its own, and in the PostgreSQL run on a database of the private server.
 */
class EvidenceMigrationIT {

    private static final String BEFORE_014 = "db/changelog/before-014.xml";
    private static final String POSTGRESQL_DATABASE = "navyk_migration";

    private Path derby;

    @Test
    void oldTestPhrasesBecomeFactsAndAnythingElseIsLeftAsItWas() throws Exception {
        try (Connection connection = freshDatabase()) {
            migrate(connection, BEFORE_014);
            String yes = TestDatabase.isPostgresql() ? "TRUE" : "1";
            execute(connection,
                    "INSERT INTO model_version (id, version_number, standard_key, title, content_hash, source,"
                            + " imported_at) VALUES (1, 1, 'contact-centre', 'Стандарт', 'hash', 'test',"
                            + " '2026-03-01 10:00:00')",
                    "INSERT INTO generalized_function (id, model_version_id, code, position, qualification_level,"
                            + " section, name) VALUES (1, 1, 'A', 1, 3, '3.1', 'Обработка обращений')",
                    "INSERT INTO labor_function (id, model_version_id, generalized_function_id, code, position,"
                            + " qualification_level, section, name) VALUES (1, 1, 1, 'A/04.3', 4, 3, '3.1.4',"
                            + " 'Жалобы')",
                    "INSERT INTO competency_item (id, model_version_id, labor_function_id, kind, code, position, text)"
                            + " VALUES (1, 1, 1, 'LABOR_ACTION', 'A/04.3/LA01', 1, 'Приём жалобы')",
                    "INSERT INTO person (id, last_name, first_name, email, hire_date, active)"
                            + " VALUES (1, 'Кузнецов', 'Алексей', 'a.kuznetsov@example.org', '2025-01-10', " + yes
                            + ")",
                    "INSERT INTO course (id, slug, active) VALUES (1, 'complaints', " + yes + ")",
                    "INSERT INTO course_version (id, course_id, number, title, proficiency_on_pass, pass_mark,"
                            + " attempts_allowed, shuffle, counts_as_upskilling, created_at, created_by)"
                            + " VALUES (1, 1, 1, 'Работа с жалобами и претензиями', 1, 80, 3, " + yes + ", " + yes
                            + ", '2026-01-01 09:00:00', 'system')",
                    attempt(11, 2, 85, yes),
                    attempt(12, 1, 100, yes),
                    attempt(13, 3, 90, yes));
            Object[][] before = {
                    {1, "COURSE_TEST", 11, "Тест курса «Работа с жалобами и претензиями»", "Результат 85 %, попытка 2"},
                    {2, "COURSE_TEST", 12, "Тест курса «Оценка контактов»", "Демо: результат 100 %"},
                    {3, "KNOWLEDGE_QUIZ", 501, "Тест по изменению «Приветствие «по-новому»»", "2/2"},
                    // a note that is not what its attempt says, and one whose attempt is not there: only the rater
                    {4, "COURSE_TEST", 13, "Тест курса «Оценка контактов»", "Результат 70 %, попытка 3"},
                    {5, "COURSE_TEST", 999, "Тест курса «Оценка контактов»", "Результат 85 %, попытка 2"},
                    // anything else is nobody's old phrase
                    {6, "COURSE_TEST", 11, "Морозов Игорь Сергеевич", "пересдача по распоряжению"},
                    {7, "MANAGER_REVIEW", 11, "Тест курса «Оценка контактов»", "Результат 85 %, попытка 2"},
                    {8, "KNOWLEDGE_QUIZ", 502, "Тест по изменению «»", null},
                    {9, "COURSE_TEST", 11, "Тест курса «Оценка контактов", "Результат 85 %, попытка 2 (повтор)"},
                    {10, "MENTOR_LOG", null, "Павлова Наталья Андреевна", null}};
            for (Object[] row : before) {
                execute(connection, "INSERT INTO evidence (id, person_id, item_id, proficiency, source, source_id,"
                        + " rater_name, rated_on, recorded_at, note) VALUES (" + row[0] + ", 1, 1, 1, '" + row[1]
                        + "', " + row[2] + ", '" + row[3] + "', '2026-03-01', '2026-03-01 12:00:00', "
                        + (row[4] == null ? "NULL" : "'" + row[4] + "'") + ")");
            }

            migrate(connection, DatabaseMigration.CHANGELOG);

            assertEquals(List.of(
                    List.of("1", "Работа с жалобами и претензиями", "-", "85", "2"),
                    List.of("2", "Оценка контактов", "-", "100", "1"),
                    List.of("3", "Приветствие «по-новому»", "2/2", "-", "-"),
                    List.of("4", "Оценка контактов", "Результат 70 %, попытка 3", "-", "-"),
                    List.of("5", "Оценка контактов", "Результат 85 %, попытка 2", "-", "-"),
                    List.of("6", "Морозов Игорь Сергеевич", "пересдача по распоряжению", "-", "-"),
                    List.of("7", "Тест курса «Оценка контактов»", "Результат 85 %, попытка 2", "-", "-"),
                    List.of("8", "Тест по изменению «»", "-", "-", "-"),
                    List.of("9", "Тест курса «Оценка контактов", "Результат 85 %, попытка 2 (повтор)", "-", "-"),
                    List.of("10", "Павлова Наталья Андреевна", "-", "-", "-")),
                    rows(connection,
                            "SELECT id, rater_name, note, test_score, test_attempt FROM evidence ORDER BY id"));
        } finally {
            if (derby != null) {
                shutDown(derby);
            }
        }
    }

    private static String attempt(long id, int number, int score, String yes) {
        return "INSERT INTO test_attempt (id, person_id, course_version_id, number, status, started_at, submitted_at,"
                + " score, passed, question_order) VALUES (" + id + ", 1, 1, " + number + ", 'SUBMITTED',"
                + " '2026-03-01 11:00:00', '2026-03-01 11:20:00', " + score + ", " + yes + ", '[]')";
    }

    /** An empty database: a new Derby folder, or the private PostgreSQL server's test database emptied. */
    private Connection freshDatabase() throws Exception {
        if (TestDatabase.isPostgresql()) {
            Connection connection = TestDatabase.connectPostgresql(POSTGRESQL_DATABASE);
            execute(connection, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
            return connection;
        }
        derby = Files.createTempDirectory(Files.createDirectories(
                Path.of(System.getProperty("navyk.it.dir", "target/it"))), "evidence-migration").resolve("derby")
                .toAbsolutePath();
        return DriverManager.getConnection("jdbc:derby:" + derby + ";create=true");
    }

    private static void migrate(Connection connection, String changelog) throws LiquibaseException, SQLException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                new JdbcConnection(connection));
        new Liquibase(changelog, new ClassLoaderResourceAccessor(EvidenceMigrationIT.class.getClassLoader()),
                database).update(new Contexts(), new LabelExpression());
        // Liquibase leaves auto-commit off; the test's own statements commit one by one again.
        connection.setAutoCommit(true);
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Every row as text, "-" for null. */
    private static List<List<String>> rows(Connection connection, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = result.getObject(i + 1);
                    row[i] = value == null ? "-" : value.toString();
                }
                rows.add(Arrays.asList(row));
            }
        }
        return rows;
    }

    /** Closes this test's Derby database only: other tests of the run may use the engine. */
    private static void shutDown(Path derby) {
        try {
            DriverManager.getConnection("jdbc:derby:" + derby + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a database's shutdown as an exception (08006)
        }
    }
}
