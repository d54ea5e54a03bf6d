package ru.navyk.infrastructure.importing.courses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.navyk.application.training.CourseDefinition;
import ru.navyk.application.training.CourseDefinition.LessonDefinition;
import ru.navyk.application.training.CourseDefinition.QuestionDefinition;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.training.CourseLesson;
import ru.navyk.domain.training.QuestionKind;
import ru.navyk.domain.training.TestSettings;
import ru.navyk.infrastructure.importing.model.ProblemCollector;
import ru.navyk.infrastructure.importing.model.YamlCursor;

/**
 * Reads every course the index names and checks it completely: required fields, numbers in range, item codes that
 * exist in the competency model, lesson and question items that belong to the course, lesson files that exist,
 * questions whose correct options fit their kind. Every problem is collected with file, line and field; when there
 * is any, nothing is returned ({@link InvalidModelException} lists them all), so an import is all or nothing.
 */
public final class CourseReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Pattern LESSON_FILE = Pattern.compile("lessons/[A-Za-z0-9._-]+\\.md");
    private static final Set<String> INDEX_FIELDS = Set.of("courses");
    private static final Set<String> COURSE_FIELDS = new LinkedHashSet<>(List.of("title", "description", "level",
            "items", "proficiencyOnPass", "countsAsUpskilling", "hours", "lessons", "test"));
    private static final Set<String> LESSON_FIELDS = new LinkedHashSet<>(List.of("file", "title", "items"));
    private static final Set<String> TEST_FIELDS = new LinkedHashSet<>(List.of("passMark", "attempts",
            "timeLimitMinutes", "shuffle"));
    private static final Set<String> TEST_FILE_FIELDS = Set.of("questions");
    private static final Set<String> QUESTION_FIELDS = new LinkedHashSet<>(List.of("kind", "text", "options",
            "correct", "explanation", "items"));
    private static final int MAX_OPTIONS = 8;

    private final Set<String> knownItemCodes;
    private final ProblemCollector problems = new ProblemCollector();

    /** @param knownItemCodes the item codes of the current competency model */
    public CourseReader(Set<String> knownItemCodes) {
        this.knownItemCodes = Set.copyOf(knownItemCodes);
    }

    /** @throws InvalidModelException listing every problem, when there is any */
    public List<CourseDefinition> read(CourseFiles files) throws IOException {
        List<CourseDefinition> courses = new ArrayList<>();
        Optional<String> index = files.read(CourseFiles.INDEX);
        if (index.isEmpty()) {
            problems.add(CourseFiles.INDEX, 0, "", "the index of courses is missing");
        } else {
            Set<String> seen = new HashSet<>();
            for (YamlCursor entry : slugs(index.get())) {
                String slug = entry.text(true);
                if (slug.isEmpty()) {
                    continue;
                }
                if (!SLUG.matcher(slug).matches()) {
                    entry.problem("a course folder name is 1–60 of a–z, 0–9 and «-»");
                } else if (!seen.add(slug)) {
                    entry.problem("the course «" + slug + "» is listed twice");
                } else {
                    readCourse(files, slug).ifPresent(courses::add);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems.problems());
        }
        return courses;
    }

    private List<YamlCursor> slugs(String text) {
        Optional<YamlCursor> root = YamlCursor.parse(CourseFiles.INDEX, text, problems);
        if (root.isEmpty() || !root.get().expectMapping(INDEX_FIELDS)) {
            return List.of();
        }
        return root.get().list("courses", true);
    }

    private Optional<CourseDefinition> readCourse(CourseFiles files, String slug) throws IOException {
        String courseFile = slug + "/course.yaml";
        String testFile = slug + "/test.yaml";
        Optional<String> courseText = files.read(courseFile);
        Optional<String> testText = files.read(testFile);
        if (courseText.isEmpty()) {
            problems.add(courseFile, 0, "", "the file is missing");
        }
        if (testText.isEmpty()) {
            problems.add(testFile, 0, "", "the file is missing");
        }
        if (courseText.isEmpty() || testText.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlCursor> course = YamlCursor.parse(courseFile, courseText.get(), problems);
        Optional<YamlCursor> test = YamlCursor.parse(testFile, testText.get(), problems);
        if (course.isEmpty() || !course.get().expectMapping(COURSE_FIELDS)) {
            return Optional.empty();
        }
        YamlCursor c = course.get();
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.add(courseFile, courseText.get());
        fingerprint.add(testFile, testText.get());

        String title = c.requiredText("title");
        if (title.length() > Lengths.TITLE) {
            c.field("title").ifPresent(f -> f.problem("a title is at most " + Lengths.TITLE + " characters"));
        }
        String description = c.optionalText("description");
        Integer level = c.optionalInt("level", 3, 6);
        Set<String> courseItems = itemCodes(c, "items", null, true);
        Integer proficiency = c.requiredInt("proficiencyOnPass", 1, Proficiency.MAX);
        boolean upskilling = c.field("countsAsUpskilling").map(CourseReader::bool).orElse(false);
        Integer hours = c.optionalInt("hours", 1, 1000);
        List<LessonDefinition> lessons = readLessons(files, slug, c, courseItems, fingerprint);
        TestSettings settings = readSettings(c);
        List<QuestionDefinition> questions = test.map(t -> readQuestions(t, courseItems)).orElse(List.of());
        if (proficiency == null || settings == null) {
            return Optional.empty();
        }
        return Optional.of(new CourseDefinition(slug, title, description, level, List.copyOf(courseItems),
                Proficiency.of(proficiency), upskilling, hours, settings, lessons, questions, fingerprint.hex()));
    }

    private List<LessonDefinition> readLessons(CourseFiles files, String slug, YamlCursor course,
                                               Set<String> courseItems, Fingerprint fingerprint) throws IOException {
        List<LessonDefinition> lessons = new ArrayList<>();
        List<YamlCursor> entries = course.list("lessons", true);
        if (entries.isEmpty() && course.field("lessons").isPresent()) {
            course.field("lessons").get().problem("a course needs at least one lesson");
        }
        Set<String> fileNames = new HashSet<>();
        for (YamlCursor lesson : entries) {
            if (!lesson.expectMapping(LESSON_FIELDS)) {
                continue;
            }
            String file = lesson.requiredText("file");
            String title = lesson.requiredText("title");
            Set<String> items = itemCodes(lesson, "items", courseItems, false);
            if (file.isEmpty()) {
                continue;
            }
            if (!LESSON_FILE.matcher(file).matches()) {
                lesson.field("file").ifPresent(f -> f.problem("a lesson file is lessons/<name>.md"));
                continue;
            }
            if (!fileNames.add(file)) {
                lesson.field("file").ifPresent(f -> f.problem("the lesson file is listed twice"));
                continue;
            }
            Optional<String> markdown = files.read(slug + "/" + file);
            if (markdown.isEmpty()) {
                lesson.field("file").ifPresent(f -> f.problem("no such file: " + slug + "/" + file));
            } else if (markdown.get().isBlank()) {
                problems.add(slug + "/" + file, 0, "", "the lesson is empty");
            } else if (markdown.get().length() > CourseLesson.BODY_LENGTH) {
                problems.add(slug + "/" + file, 0, "", "a lesson is at most " + CourseLesson.BODY_LENGTH
                        + " characters; split it");
            } else {
                fingerprint.add(slug + "/" + file, markdown.get());
                lessons.add(new LessonDefinition(title, file, markdown.get(), List.copyOf(items)));
            }
        }
        return lessons;
    }

    private TestSettings readSettings(YamlCursor course) {
        Optional<YamlCursor> test = course.field("test");
        if (test.isEmpty()) {
            course.problem("required field «test» is missing");
            return null;
        }
        if (!test.get().expectMapping(TEST_FIELDS)) {
            return null;
        }
        Integer passMark = test.get().requiredInt("passMark", 1, 100);
        Integer attempts = test.get().requiredInt("attempts", 1, 20);
        Integer limit = test.get().optionalInt("timeLimitMinutes", 1, 600);
        boolean shuffle = test.get().field("shuffle").map(CourseReader::bool).orElse(true);
        if (passMark == null || attempts == null) {
            return null;
        }
        return new TestSettings(passMark, attempts, limit, shuffle);
    }

    private List<QuestionDefinition> readQuestions(YamlCursor test, Set<String> courseItems) {
        if (!test.expectMapping(TEST_FILE_FIELDS)) {
            return List.of();
        }
        List<YamlCursor> entries = test.list("questions", true);
        if (entries.isEmpty() && test.field("questions").isPresent()) {
            test.field("questions").get().problem("a test needs at least one question");
        }
        List<QuestionDefinition> questions = new ArrayList<>();
        for (YamlCursor question : entries) {
            if (!question.expectMapping(QUESTION_FIELDS)) {
                continue;
            }
            QuestionKind kind = question.field("kind").map(k -> kindOf(k)).orElse(null);
            if (question.field("kind").isEmpty()) {
                question.problem("required field «kind» is missing (single or multiple)");
            }
            String text = question.requiredText("text");
            List<String> options = question.textList("options", true);
            if (question.field("options").isPresent() && (options.size() < 2 || options.size() > MAX_OPTIONS)) {
                question.field("options").get().problem("a question has 2–" + MAX_OPTIONS + " options, has "
                        + options.size());
            }
            List<Integer> correct = correctOptions(question, options.size(), kind);
            String explanation = question.optionalText("explanation");
            Set<String> items = itemCodes(question, "items", courseItems, false);
            if (kind != null) {
                questions.add(new QuestionDefinition(kind, text, options, correct, explanation, List.copyOf(items)));
            }
        }
        return questions;
    }

    private static QuestionKind kindOf(YamlCursor kind) {
        String value = kind.text(true);
        return switch (value) {
            case "single" -> QuestionKind.SINGLE;
            case "multiple" -> QuestionKind.MULTIPLE;
            default -> {
                kind.problem("unknown kind «" + value + "»; allowed: single, multiple");
                yield null;
            }
        };
    }

    private List<Integer> correctOptions(YamlCursor question, int optionCount, QuestionKind kind) {
        Optional<YamlCursor> field = question.field("correct");
        if (field.isEmpty()) {
            question.problem("required field «correct» is missing (the numbers of the correct options)");
            return List.of();
        }
        List<YamlCursor> values = field.get().isNull() ? List.of() : field.get().elements();
        Set<Integer> correct = new LinkedHashSet<>();
        for (YamlCursor value : values) {
            Integer number = value.integer(1, Math.max(1, optionCount));
            if (number != null && !correct.add(number)) {
                value.problem("option " + number + " is named twice");
            }
        }
        if (kind == QuestionKind.SINGLE && correct.size() != 1) {
            field.get().problem("a single-choice question has exactly one correct option, has " + correct.size());
        } else if (kind == QuestionKind.MULTIPLE && correct.isEmpty()) {
            field.get().problem("a multiple-choice question has at least one correct option");
        }
        return List.copyOf(correct);
    }

    /**
     * The item codes of a list field; each must exist in the model and, when {@code allowed} is given, be one of the
     * course's items.
     */
    private Set<String> itemCodes(YamlCursor owner, String field, Set<String> allowed, boolean required) {
        Set<String> codes = new LinkedHashSet<>();
        List<YamlCursor> entries = owner.list(field, required);
        if (required && entries.isEmpty() && owner.field(field).isPresent()) {
            owner.field(field).get().problem("name at least one competency item the course develops");
        }
        for (YamlCursor entry : entries) {
            String code = entry.text(true);
            if (code.isEmpty()) {
                continue;
            }
            if (!knownItemCodes.contains(code)) {
                entry.problem("no competency item «" + code + "» in the current model");
            } else if (allowed != null && !allowed.contains(code)) {
                entry.problem("item «" + code + "» is not among the course's items");
            } else if (!codes.add(code)) {
                entry.problem("item «" + code + "» is named twice");
            }
        }
        return codes;
    }

    private static boolean bool(YamlCursor value) {
        String text = value.text(true);
        if ("true".equals(text)) {
            return true;
        }
        if (!"false".equals(text)) {
            value.problem("expected true or false");
        }
        return false;
    }

    /** SHA-256 over the names and texts of one course's files. */
    private static final class Fingerprint {

        private final MessageDigest digest;

        Fingerprint() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(String name, String text) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
