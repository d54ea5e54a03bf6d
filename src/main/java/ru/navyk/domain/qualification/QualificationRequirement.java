package ru.navyk.domain.qualification;

import java.util.List;
import java.util.Objects;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.competency.definition.RequirementsDefinition;

/**
 * What the standard requires to hold the level of one generalized function, as the competency model encodes it
 * ({@code competency-model/functions/*.yaml}, {@code requirements}): a new edition of the standard changes these
 * values, never the code that evaluates them.
 *
 * @param functionCode          the generalized function, e.g. {@code D}
 * @param level                 its qualification level
 * @param education             alternatives; any one suffices (empty: no requirement)
 * @param experience            practical experience, or {@code null} when the standard says «Особых требований нет»
 * @param upskillingEveryYears  the recommended upskilling period, or {@code null} when the standard states none
 */
public record QualificationRequirement(String functionCode, int level, List<EducationAlternative> education,
                                       Experience experience, Integer upskillingEveryYears) {

    public QualificationRequirement {
        Objects.requireNonNull(functionCode);
        education = List.copyOf(education);
    }

    /** The requirement as the model files state it ({@code requirements} of a generalized function). */
    public static QualificationRequirement of(String functionCode, int level, RequirementsDefinition definition) {
        return new QualificationRequirement(functionCode, level, definition.education().stream()
                .map(a -> new EducationAlternative(a.minLevel(), a.training())).toList(),
                definition.experience() == null ? null : new Experience(definition.experience().months(),
                        definition.experience().minPositionLevel()),
                definition.upskillingEveryYears());
    }

    /** At least {@code minLevel} of education and every listed kind of training completed. */
    public record EducationAlternative(EducationLevel minLevel, List<TrainingKind> training) {
        public EducationAlternative {
            Objects.requireNonNull(minLevel);
            training = List.copyOf(training);
        }
    }

    /**
     * At least {@code months} of practical experience in positions of qualification level {@code minPositionLevel}
     * or higher. Where the standard names a kind of position instead of a level (B and C: «в должности специалиста
     * по обработке обращений клиентов»), the model leaves the level {@code null} and Navyk reads it as
     * {@link #CONTACT_HANDLING_LEVEL}: every position of the standard from level 3 up handles customer contacts.
     */
    public record Experience(int months, Integer minPositionLevel) {

        /** The lowest level of a «специалист по обработке обращений клиентов» position: A, level 3. */
        public static final int CONTACT_HANDLING_LEVEL = 3;

        public Experience {
            if (months < 0) {
                throw new IllegalArgumentException("months must not be negative");
            }
        }

        /** The level positions must have to count, with the contact-handling reading applied. */
        public int effectiveMinLevel() {
            return minPositionLevel == null ? CONTACT_HANDLING_LEVEL : minPositionLevel;
        }

        /** Whether the standard named a kind of position rather than a level. */
        public boolean byKindOfPosition() {
            return minPositionLevel == null;
        }
    }
}
