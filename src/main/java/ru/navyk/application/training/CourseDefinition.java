package ru.navyk.application.training;

import java.util.List;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.training.QuestionKind;
import ru.navyk.domain.training.TestSettings;

/**
 * One course as its files describe it, checked against the competency model (item codes exist, lesson and question
 * items belong to the course) but not yet stored.
 *
 * @param hash fingerprint of the course's files: an equal hash means nothing changed since the last import
 */
public record CourseDefinition(String slug, String title, String description, Integer level, List<String> itemCodes,
                               Proficiency proficiencyOnPass, boolean countsAsUpskilling, Integer hours,
                               TestSettings settings, List<LessonDefinition> lessons,
                               List<QuestionDefinition> questions, String hash) {

    public CourseDefinition {
        itemCodes = List.copyOf(itemCodes);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    public record LessonDefinition(String title, String file, String markdown, List<String> itemCodes) {
        public LessonDefinition {
            itemCodes = List.copyOf(itemCodes);
        }
    }

    /** @param correct 1-based positions of the correct options */
    public record QuestionDefinition(QuestionKind kind, String text, List<String> options, List<Integer> correct,
                                     String explanation, List<String> itemCodes) {
        public QuestionDefinition {
            options = List.copyOf(options);
            correct = List.copyOf(correct);
            itemCodes = List.copyOf(itemCodes);
        }
    }
}
