package ru.navyk.application.profile;

import java.util.Map;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.EducationLevel;

/**
 * What an editor changes in a draft: its description, education and experience requirements, and the required
 * proficiency per item (item id → step). An item left out is no longer required.
 */
public record JobProfileForm(String title, String titleEn, String description, Integer qualificationLevel,
                             EducationLevel minEducation, String educationText, Integer experienceMonths,
                             String experienceText, Map<Long, Proficiency> required) {

    public JobProfileForm {
        required = required == null ? Map.of() : Map.copyOf(required);
    }
}
