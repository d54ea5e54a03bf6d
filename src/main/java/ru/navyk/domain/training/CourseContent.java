package ru.navyk.domain.training;

import java.util.List;
import java.util.Objects;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;

/**
 * Everything one course version says, as read from its files or from the portal's editor, with the competency items
 * resolved. Validated where it is read (file, line, field); this record only guards invariants.
 *
 * @param level            qualification level the course is written for (3–6), if it names one
 * @param proficiencyOnPass the proficiency a pass records as evidence on the course's items
 * @param settings         pass mark, attempts and time limit of the test
 */
public record CourseContent(String title, String description, Integer level, Proficiency proficiencyOnPass,
                            TestSettings settings, boolean countsAsUpskilling, Integer hours,
                            List<CompetencyItem> items, List<Lesson> lessons, List<Question> questions) {

    public CourseContent {
        Objects.requireNonNull(title);
        Objects.requireNonNull(proficiencyOnPass);
        Objects.requireNonNull(settings);
        items = List.copyOf(items);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    /** A lesson: its title, Markdown body, source file name (none for lessons written in the portal) and items. */
    public record Lesson(String title, String fileName, String markdown, List<CompetencyItem> items) {
        public Lesson {
            items = List.copyOf(items);
        }
    }

    /** A test question with its options in authored order; {@code items} are the items it checks. */
    public record Question(QuestionKind kind, String text, String explanation, List<Option> options,
                           List<CompetencyItem> items) {
        public Question {
            options = List.copyOf(options);
            items = List.copyOf(items);
        }
    }

    public record Option(String text, boolean correct) {
    }
}
