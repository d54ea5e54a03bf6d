package ru.navyk.domain.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.domain.qualification.QualificationRequirement.EducationAlternative;

/**
 * Whether a person meets the standard's requirements for the level of one generalized function on a given day,
 * requirement by requirement, with what is missing in numbers. Computed by {@link EligibilityRules}; being eligible
 * never grants the level — only a manager's {@link LevelDecision} does.
 */
public record Eligibility(String functionCode, int level, LocalDate asOf, EducationCheck education,
                          ExperienceCheck experience) {

    public boolean eligible() {
        return education.met() && experience.met();
    }

    /**
     * What is missing, as message keys of the bundle ({@code eligibility.*}) with their arguments: months and levels
     * as numbers, education alternatives as {@link EducationAlternative} values for the reader to phrase.
     */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        if (!education.met()) {
            gaps.add(education.recorded()
                    ? new Gap("eligibility.education.missing", List.of(education.alternatives()))
                    : new Gap("eligibility.education.notRecorded", List.of()));
        }
        if (!experience.met()) {
            gaps.add(new Gap(experience.byKindOfPosition() ? "eligibility.experience.missingContacts"
                    : "eligibility.experience.missing", List.of(experience.missingMonths(),
                    experience.minPositionLevel())));
            if (experience.enoughOn() != null) {
                gaps.add(new Gap("eligibility.experience.enoughOn", List.of(experience.enoughOn())));
            }
        }
        return gaps;
    }

    /** One missing requirement: a bundle key and its arguments. */
    public record Gap(String key, List<Object> arguments) {
        public Gap {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * @param recorded     whether the person's education is recorded at all
     * @param alternatives the standard's alternatives (any one suffices)
     * @param metBy        the first alternative the person meets, or {@code null}
     */
    public record EducationCheck(boolean met, boolean recorded, List<EducationAlternative> alternatives,
                                 EducationAlternative metBy) {
        public EducationCheck {
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * @param required         whether the standard asks for experience at all (A: «Особых требований нет»)
     * @param requiredMonths   months the standard asks for
     * @param minPositionLevel the level positions must have to count
     * @param byKindOfPosition the standard named a kind of position (B, C) that Navyk reads as that level
     * @param monthsHeld       whole months of qualifying experience on the day
     * @param enoughOn         when a person short of experience, still in a qualifying position, will have enough;
     *                         {@code null} when met or when their current position does not count
     */
    public record ExperienceCheck(boolean required, int requiredMonths, int minPositionLevel, boolean byKindOfPosition,
                                  int monthsHeld, LocalDate enoughOn) {

        public boolean met() {
            return !required || monthsHeld >= requiredMonths;
        }

        public int missingMonths() {
            return met() ? 0 : requiredMonths - monthsHeld;
        }
    }
}
