package ru.navyk.application.qualification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.qualification.QualificationRequirement;
import ru.navyk.domain.qualification.QualificationRequirement.EducationAlternative;
import ru.navyk.domain.qualification.QualificationRequirement.Experience;

/** The eligibility requirements of the current model's generalized functions, as the model files state them. */
public final class QualificationRequirements {

    private QualificationRequirements() {
    }

    /** Per generalized function code, in the standard's order. */
    public static Map<String, QualificationRequirement> of(ModelSnapshot model) {
        Map<String, QualificationRequirement> requirements = new LinkedHashMap<>();
        model.generalizedFunctions().forEach(gf -> requirements.put(gf.code(), of(gf)));
        return requirements;
    }

    public static QualificationRequirement of(GeneralizedFunctionView gf) {
        List<EducationAlternative> education = gf.educationOptions().stream()
                .map(option -> new EducationAlternative(EducationLevel.valueOf(option.minLevel()),
                        option.training().stream().map(TrainingKind::valueOf).toList()))
                .toList();
        Experience experience = gf.experienceMonths() == null ? null
                : new Experience(gf.experienceMonths(), gf.experienceMinLevel());
        return new QualificationRequirement(gf.code(), gf.level(), education, experience,
                gf.upskillingEveryYears());
    }

    /** The strictest (shortest) upskilling period any function states, or {@code null} if none does. */
    public static Integer upskillingEveryYears(Map<String, QualificationRequirement> requirements) {
        return requirements.values().stream().map(QualificationRequirement::upskillingEveryYears)
                .filter(years -> years != null).min(Integer::compare).orElse(null);
    }
}
