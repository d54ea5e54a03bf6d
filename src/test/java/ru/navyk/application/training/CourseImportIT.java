package ru.navyk.application.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.navyk.domain.training.CourseImportAttempt.Outcome;
import ru.navyk.infrastructure.importing.courses.DirectoryCourseFiles;
import ru.navyk.testsupport.Deployments;

/**
 * Importing course files inside the real WAR against the real database: the shipped catalogue is there after
 * start-up; a new course becomes version 1, unchanged files write nothing, a changed lesson makes version 2, and a
 * set of files with any problem writes nothing at all — not even its valid courses — and says where the problems are.
 */
@ExtendWith(ArquillianExtension.class)
class CourseImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWith(CourseImportIT.class);
    }

    @Inject
    private CourseImportService importer;

    @Resource(lookup = "java:app/jdbc/navyk")
    private DataSource dataSource;

    @Test
    void theShippedCatalogueIsImportedAtStartUp() throws SQLException {
        for (String slug : new String[] {"active-listening", "complaints", "information-security",
                "contact-evaluation", "mentoring-for-supervisors"}) {
            assertEquals(1, versions(slug), slug);
        }
        assertTrue(count("SELECT COUNT(*) FROM course_lesson l JOIN course_version v ON l.course_version_id = v.id"
                + " JOIN course c ON v.course_id = c.id WHERE c.slug = ?", "complaints") == 3);
    }

    @Test
    void newThenUnchangedThenChangedFilesMakeVersionsOnlyWhenSomethingChanged() throws Exception {
        Path folder = Files.createTempDirectory("navyk-courses");
        writeCourse(folder, "it-versions", "A/04.3/LA01", "Первый текст урока.");
        index(folder, "it-versions");

        CourseImportService.Result first = importer.importCourses(new DirectoryCourseFiles(folder));
        CourseImportService.Result again = importer.importCourses(new DirectoryCourseFiles(folder));
        Files.writeString(folder.resolve("it-versions/lessons/01-urok.md"), "# Урок\n\nИсправленный текст урока.\n",
                StandardCharsets.UTF_8);
        CourseImportService.Result changed = importer.importCourses(new DirectoryCourseFiles(folder));

        assertEquals(Outcome.IMPORTED, first.outcome(), first.message());
        assertEquals(java.util.List.of("it-versions"), first.created());
        assertEquals(Outcome.UNCHANGED, again.outcome(), again.message());
        assertEquals(Outcome.IMPORTED, changed.outcome(), changed.message());
        assertEquals(java.util.List.of("it-versions"), changed.newVersions());
        assertEquals(2, versions("it-versions"));
        assertEquals(1, count("SELECT COUNT(*) FROM course_lesson l JOIN course_version v ON l.course_version_id"
                + " = v.id JOIN course c ON v.course_id = c.id WHERE c.slug = ? AND v.number = 2"
                + " AND l.body LIKE '%Исправленный%'", "it-versions"));
    }

    @Test
    void aBadCourseFileRejectsTheWholeImportAndSaysWhere() throws Exception {
        Path folder = Files.createTempDirectory("navyk-courses");
        writeCourse(folder, "it-valid", "A/01.3/SK07", "Текст.");
        writeCourse(folder, "it-broken", "A/04.3/XX01", "Текст.");
        index(folder, "it-valid", "it-broken");
        long courses = count("SELECT COUNT(*) FROM course");
        long versions = count("SELECT COUNT(*) FROM course_version");

        CourseImportService.Result result = importer.importCourses(new DirectoryCourseFiles(folder));

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("it-broken/course.yaml")
                && p.line() == 4 && p.path().equals("items[0]") && p.detail().contains("A/04.3/XX01")),
                result.problems().toString());
        assertEquals(courses, count("SELECT COUNT(*) FROM course"), "not even the valid course is written");
        assertEquals(versions, count("SELECT COUNT(*) FROM course_version"));
        assertEquals(0, versions("it-valid"));
        assertEquals(1, count("SELECT COUNT(*) FROM course_import_attempt WHERE outcome = ? AND message LIKE"
                + " '%it-broken/course.yaml, line 4, field items[0]%'", "FAILED"));
    }

    private static void writeCourse(Path folder, String slug, String item, String lesson) throws IOException {
        Path course = Files.createDirectories(folder.resolve(slug).resolve("lessons"));
        Files.writeString(folder.resolve(slug).resolve("course.yaml"), """
                title: Курс для проверки импорта
                level: 3
                items:
                  - %s
                proficiencyOnPass: 1
                lessons:
                  - file: lessons/01-urok.md
                    title: Урок
                test:
                  passMark: 50
                  attempts: 2
                """.formatted(item), StandardCharsets.UTF_8);
        Files.writeString(course.resolve("01-urok.md"), "# Урок\n\n" + lesson + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(slug).resolve("test.yaml"), """
                questions:
                  - kind: single
                    text: Вопрос?
                    options: [Да, Нет]
                    correct: [1]
                """, StandardCharsets.UTF_8);
    }

    private static void index(Path folder, String... slugs) throws IOException {
        Files.writeString(folder.resolve("index.yaml"), "courses:\n" + String.join("",
                java.util.Arrays.stream(slugs).map(s -> "  - " + s + "\n").toList()), StandardCharsets.UTF_8);
    }

    private long versions(String slug) throws SQLException {
        return count("SELECT COUNT(*) FROM course_version v JOIN course c ON v.course_id = c.id WHERE c.slug = ?",
                slug);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
