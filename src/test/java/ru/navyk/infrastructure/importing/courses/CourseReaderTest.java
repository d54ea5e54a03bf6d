package ru.navyk.infrastructure.importing.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.navyk.application.training.CourseDefinition;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ModelProblem;
import ru.navyk.domain.training.QuestionKind;

class CourseReaderTest {

    private static final Path SHIPPED = Path.of("content/courses");

    @TempDir
    Path folder;

    @Test
    void theShippedCatalogueReadsCompletelyAgainstTheRealModel() throws IOException {
        List<CourseDefinition> courses = new CourseReader(modelCodes()).read(new DirectoryCourseFiles(SHIPPED));

        assertEquals(List.of("active-listening", "complaints", "information-security", "contact-evaluation",
                "mentoring-for-supervisors"), courses.stream().map(CourseDefinition::slug).toList());
        CourseDefinition complaints = courses.get(1);
        assertEquals("Работа с жалобами и претензиями", complaints.title());
        assertTrue(complaints.itemCodes().stream().allMatch(c -> c.startsWith("A/04.3/")));
        assertEquals(3, complaints.lessons().size());
        assertTrue(complaints.lessons().get(0).markdown().startsWith("# Приём жалобы"));
        assertEquals(Proficiency.WITH_HELP, complaints.proficiencyOnPass());
        assertEquals(80, complaints.settings().passMark());
        assertEquals(20, complaints.settings().timeLimitMinutes());
        assertTrue(complaints.questions().size() >= 5);
        assertTrue(complaints.questions().stream().anyMatch(q -> q.kind() == QuestionKind.MULTIPLE));
        assertTrue(courses.stream().allMatch(c -> c.lessons().size() >= 2 && c.questions().size() >= 5));
        assertTrue(courses.get(4).countsAsUpskilling());
        assertEquals(64, complaints.hash().length());
    }

    @Test
    void theFingerprintChangesWithAnyFileOfTheCourseAndOnlyThen() throws IOException {
        copyShipped();
        String before = read().get(1).hash();
        String untouched = read().get(0).hash();
        Path lesson = folder.resolve("complaints/lessons/02-registraciya.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nДополнение.\n");

        List<CourseDefinition> after = read();

        assertTrue(!before.equals(after.get(1).hash()));
        assertEquals(untouched, after.get(0).hash());
    }

    @Test
    void everyProblemOfEveryCourseIsReportedWithFileLineAndField() throws IOException {
        copyShipped();
        replace("complaints/course.yaml", "proficiencyOnPass: 1", "proficiencyOnPass: 7");
        replace("complaints/course.yaml", "  - A/04.3/KN03\n", "  - A/04.3/KN99\n");
        replace("complaints/course.yaml", "lessons/03-otvet-klientu.md", "lessons/03-net-takogo.md");
        replace("complaints/test.yaml", "    correct: [2]\n    explanation: >-\n      Присоединение",
                "    correct: [1, 2]\n    explanation: >-\n      Присоединение");
        replace("information-security/course.yaml", "  passMark: 80", "  passMark: сто");
        replace("active-listening/test.yaml", "kind: single", "kind: one");

        InvalidModelException refused = assertThrows(InvalidModelException.class, this::read);

        List<ModelProblem> problems = refused.problems();
        assertProblem(problems, "complaints/course.yaml", "proficiencyOnPass", "between 1 and 3");
        assertProblem(problems, "complaints/course.yaml", "items[8]", "no competency item «A/04.3/KN99»");
        assertProblem(problems, "complaints/course.yaml", "lessons[2].file", "no such file");
        assertProblem(problems, "complaints/test.yaml", "questions[1].correct", "exactly one correct option");
        assertProblem(problems, "information-security/course.yaml", "test.passMark", "whole number");
        assertProblem(problems, "active-listening/test.yaml", "questions[0].kind", "unknown kind «one»");
        assertTrue(problems.stream().allMatch(p -> p.line() > 0), problems::toString);
    }

    @Test
    void brokenYamlAMissingIndexEntryAndForeignLessonItemsAreRefused() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("index.yaml"), "courses:\n  - complaints\n  - nowhere\n  - complaints\n");
        replace("complaints/course.yaml", "    items: [A/04.3/LA05, A/04.3/SK09]", "    items: [A/01.3/SK07]");
        Files.writeString(folder.resolve("complaints/test.yaml"), "questions:\n  - kind: single\n    text: [oops\n");

        List<ModelProblem> problems = assertThrows(InvalidModelException.class, this::read).problems();

        assertProblem(problems, "nowhere/course.yaml", "", "the file is missing");
        assertProblem(problems, "index.yaml", "courses[2]", "listed twice");
        assertProblem(problems, "complaints/course.yaml", "lessons[2].items[0]", "not among the course's items");
        assertProblem(problems, "complaints/test.yaml", "", "broken YAML syntax");
    }

    private static void assertProblem(List<ModelProblem> problems, String file, String path, String detail) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file) && p.path().equals(path)
                && p.detail().contains(detail)), () -> "no problem " + file + " " + path + " «" + detail + "» in\n"
                + String.join("\n", problems.stream().map(ModelProblem::toString).toList()));
    }

    private List<CourseDefinition> read() throws IOException {
        return new CourseReader(modelCodes()).read(new DirectoryCourseFiles(folder));
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " has no «" + from + "»");
        Files.writeString(path, text.replace(from, to));
    }

    private void copyShipped() throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path source : files.toList()) {
                Path target = folder.resolve(SHIPPED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** The item codes of the real model files. */
    static Set<String> modelCodes() throws IOException {
        Set<String> codes = new HashSet<>();
        Pattern code = Pattern.compile("code: ([A-E]/\\d\\d\\.\\d/[A-Z]{2}\\d\\d)");
        try (Stream<Path> files = Files.list(Path.of("competency-model/functions"))) {
            for (Path file : files.toList()) {
                Matcher matcher = code.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }
}
