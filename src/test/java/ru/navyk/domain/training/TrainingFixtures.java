package ru.navyk.domain.training;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.people.Person;

/** Courses and people in memory, with ids as the database would give them. */
final class TrainingFixtures {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private TrainingFixtures() {
    }

    /**
     * A course version with three questions: q1 single (option 2 correct), q2 multiple (options 1 and 3 correct),
     * q3 single (option 1 correct).
     */
    static CourseVersion courseVersion(int passMark, int attempts, Integer timeLimitMinutes) {
        CourseContent content = new CourseContent("Работа с жалобами", null, 3, Proficiency.WITH_HELP,
                new TestSettings(passMark, attempts, timeLimitMinutes, true), false, 4, List.of(),
                List.of(new CourseContent.Lesson("Урок", "lessons/01.md", "# Урок", List.of())),
                List.of(question(QuestionKind.SINGLE, 3, 2), question(QuestionKind.MULTIPLE, 4, 1, 3),
                        question(QuestionKind.SINGLE, 2, 1)));
        Course course = withId(new Course("complaints"));
        CourseVersion version = withId(course.addVersion(content, "hash", "system", Instant.EPOCH));
        version.getQuestions().forEach(q -> {
            withId(q);
            q.getOptions().forEach(TrainingFixtures::withId);
        });
        return version;
    }

    private static CourseContent.Question question(QuestionKind kind, int options, int... correct) {
        List<CourseContent.Option> built = new java.util.ArrayList<>();
        for (int i = 1; i <= options; i++) {
            int position = i;
            built.add(new CourseContent.Option("Вариант " + i,
                    java.util.Arrays.stream(correct).anyMatch(c -> c == position)));
        }
        return new CourseContent.Question(kind, "Вопрос", "Потому что", built, List.of());
    }

    static Person person(String lastName) {
        return withId(new Person(lastName, "Имя", null, lastName.toLowerCase() + IDS.get() + "@example.ru",
                LocalDate.of(2024, 1, 1)));
    }

    /** The ids of the options at these 1-based positions of a question. */
    static java.util.Set<Long> options(TestQuestion question, int... positions) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (int position : positions) {
            ids.add(question.getOptions().get(position - 1).getId());
        }
        return ids;
    }

    static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, IDS.incrementAndGet());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
