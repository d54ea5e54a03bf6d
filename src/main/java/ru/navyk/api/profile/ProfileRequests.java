package ru.navyk.api.profile;

import jakarta.ws.rs.BadRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.application.profile.JobProfileForm;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.shared.RuleViolationException;

/** Request bodies of job profile editing. */
public final class ProfileRequests {

    private ProfileRequests() {
    }

    /** A new profile drafted from a generalized function and some of its labor functions. */
    public record NewProfileBody(String code, String title, String generalizedFunction, List<String> laborFunctions,
                                 Proficiency required) {
    }

    /** A new profile copied from a version of another, under a title of its own. */
    public record CopyBody(String code, String title) {
    }

    /** The version a change is based on. */
    public record VersionBody(Long version) {
    }

    /** A draft as saved: its description and every required item (items left out are no longer required). */
    public record DraftBody(Long version, String title, String titleEn, String description, Integer qualificationLevel,
                            EducationLevel minEducation, String educationText, Integer experienceMonths,
                            String experienceText, List<RequirementBody> requirements) {
        JobProfileForm form() {
            Map<Long, Proficiency> required = new LinkedHashMap<>();
            if (requirements != null) {
                for (RequirementBody r : requirements) {
                    if (r == null || r.itemId() == null || r.required() == null) {
                        throw new RuleViolationException("requirements", "rule.required");
                    }
                    required.put(r.itemId(), r.required());
                }
            }
            return new JobProfileForm(title, titleEn, description, qualificationLevel, minEducation, educationText,
                    experienceMonths, experienceText, required);
        }
    }

    /** One required item. */
    public record RequirementBody(Long itemId, Proficiency required) {
    }

    static <T> T present(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    static long version(Long version) {
        if (version == null) {
            throw new RuleViolationException("version", "rule.required");
        }
        return version;
    }
}
