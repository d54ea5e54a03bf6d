package ru.navyk.application.competency;

import java.util.List;
import ru.navyk.application.competency.ModelSnapshot.ClassificationView;
import ru.navyk.application.competency.ModelSnapshot.EducationView;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.ItemView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.domain.competency.Classification;
import ru.navyk.domain.competency.FunctionText;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.competency.LaborFunction;
import ru.navyk.domain.competency.ModelVersion;

/** Copies a loaded model version into a {@link ModelSnapshot}. */
final class ModelSnapshots {

    private ModelSnapshots() {
    }

    static ModelSnapshot of(ModelVersion version) {
        return new ModelSnapshot(version.getId(), version.getNumber(), version.getImportedAt(),
                version.getStandardKey(), version.getTitle(), version.getTitleEn(), version.getApproval(),
                version.getActivityKind(), version.getMainPurpose(), version.getOkvedCodes(), version.getOkvedName(),
                classifications(version.getOccupationGroups()),
                version.getGeneralizedFunctions().stream().map(ModelSnapshots::generalized).toList());
    }

    private static GeneralizedFunctionView generalized(GeneralizedFunction gf) {
        return new GeneralizedFunctionView(gf.getCode(), gf.getLevel(), gf.getSection(), gf.getName(),
                gf.getNameEn(), gf.getOrigin(),
                gf.texts(FunctionText.Kind.JOB_TITLE),
                gf.texts(FunctionText.Kind.EDUCATION),
                gf.texts(FunctionText.Kind.EXPERIENCE),
                gf.texts(FunctionText.Kind.SPECIAL_CONDITION),
                gf.texts(FunctionText.Kind.OTHER_CHARACTERISTIC),
                classifications(gf.getClassifications()),
                gf.getEducationOptions().stream()
                        .map(o -> new EducationView(o.getMinLevel().name(),
                                o.getTraining().stream().map(Enum::name).toList()))
                        .toList(),
                gf.getExperienceMonths(), gf.getExperienceMinLevel(), gf.getExperienceDescription(),
                gf.getUpskillingEveryYears(),
                gf.getPrintedCode(), gf.getPrintedLevel(), gf.getPrintedName(), gf.getPrintedHeading(),
                gf.getLaborFunctions().stream().map(lf -> labor(lf, gf.getCode())).toList());
    }

    private static LaborFunctionView labor(LaborFunction lf, String generalizedCode) {
        return new LaborFunctionView(lf.getId(), lf.getCode(), generalizedCode, lf.getLevel(), lf.getSection(),
                lf.getName(), lf.getNameEn(), lf.getPrintedCode(), lf.getPrintedLevel(), lf.getPrintedName(),
                lf.getPrintedHeading(),
                lf.getOtherCharacteristics(),
                lf.getItems().stream()
                        .map(i -> new ItemView(i.getId(), i.getKind(), i.getCode(), i.getPosition(), i.getText(),
                                i.getTextEn()))
                        .toList());
    }

    private static List<ClassificationView> classifications(List<Classification> rows) {
        return rows.stream().map(c -> new ClassificationView(c.getScheme(), c.getCode(), c.getName())).toList();
    }
}
