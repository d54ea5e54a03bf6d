package ru.navyk.application.profile;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileStatus;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;

/** What pages and the API show of job profiles. */
public final class JobProfileViews {

    private JobProfileViews() {
    }

    /** A profile in a list: its current (or, before the first publication, draft) version's title and level. */
    public record JobProfileSummary(long id, String code, String title, String titleEn, int qualificationLevel,
                                    Integer currentNumber, Long currentVersionId, boolean hasDraft,
                                    boolean active) implements Serializable {
        static JobProfileSummary of(JobProfile profile) {
            JobProfileVersion shown = profile.current().or(profile::draft).orElseThrow();
            return new JobProfileSummary(profile.getId(), profile.getCode(), shown.getTitle(), shown.getTitleEn(),
                    shown.getQualificationLevel(), profile.current().map(JobProfileVersion::getNumber).orElse(null),
                    profile.current().map(JobProfileVersion::getId).orElse(null), profile.draft().isPresent(),
                    profile.isActive());
        }
    }

    /** One version with its requirements in item-code order. */
    public record JobProfileVersionView(long id, long version, long profileId, String code, int number,
                                        JobProfileStatus status, long modelVersionId, String title, String titleEn,
                                        String description, int qualificationLevel, EducationLevel minEducation,
                                        String educationText, int experienceMonths, String experienceText,
                                        Instant publishedAt, String publishedBy,
                                        List<RequirementView> requirements) implements Serializable {
        static JobProfileVersionView of(JobProfileVersion v) {
            return new JobProfileVersionView(v.getId(), v.getVersion(), v.getProfile().getId(),
                    v.getProfile().getCode(), v.getNumber(), v.getStatus(), v.getModelVersion().getId(),
                    v.getTitle(), v.getTitleEn(), v.getDescription(), v.getQualificationLevel(), v.getMinEducation(),
                    v.getEducationText(), v.getExperienceMonths(), v.getExperienceText(), v.getPublishedAt(),
                    v.getPublishedBy(), v.getRequirements().stream().map(RequirementView::of).toList());
        }

        public List<String> laborFunctionCodes() {
            return requirements.stream().map(RequirementView::laborFunctionCode).distinct().toList();
        }
    }

    /** One required item. */
    public record RequirementView(long itemId, String itemCode, ItemKind kind, String laborFunctionCode,
                                  String text, Proficiency required) implements Serializable {
        static RequirementView of(ProfileRequirement r) {
            return new RequirementView(r.getItem().getId(), r.getItem().getCode(), r.getItem().getKind(),
                    r.getItem().getLaborFunction().getCode(), r.getItem().getText(), r.getRequired());
        }
    }
}
