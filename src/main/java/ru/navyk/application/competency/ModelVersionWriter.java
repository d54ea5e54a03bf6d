package ru.navyk.application.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.domain.competency.Classification;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.EducationOption;
import ru.navyk.domain.competency.FunctionText;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.competency.LaborFunction;
import ru.navyk.domain.competency.ModelImportAttempt;
import ru.navyk.domain.competency.ModelVersion;
import ru.navyk.domain.competency.definition.ClassificationDefinition;
import ru.navyk.domain.competency.definition.GeneralizedFunctionDefinition;
import ru.navyk.domain.competency.definition.ItemDefinition;
import ru.navyk.domain.competency.definition.LaborFunctionDefinition;
import ru.navyk.domain.competency.definition.RequirementsDefinition;
import ru.navyk.domain.competency.definition.StandardDefinition;

/**
 * Writes a validated model as a new version in one transaction of its own, and records import attempts in theirs, so
 * that a failed write leaves no trace but its attempt record.
 */
@ApplicationScoped
public class ModelVersionWriter {

    @Inject
    private CompetencyModelRepository repository;

    /** Stores {@code standard} as the version after the current one; all of it or, on any failure, nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int write(StandardDefinition standard, String contentHash, String source, Instant now) {
        int number = repository.findLatest().map(ModelVersion::getNumber).orElse(0) + 1;
        ModelVersion version = new ModelVersion(number, standard.key(), standard.title(), contentHash, source, now);
        version.describe(standard.titleEn(), standard.approval(), standard.registrationNumber(),
                standard.activityKind(), standard.mainPurpose(), standard.okvedCodes(), standard.okvedName(),
                classifications(standard.occupationGroups()));
        int position = 0;
        for (GeneralizedFunctionDefinition gfDefinition : standard.generalizedFunctions()) {
            addGeneralized(version, gfDefinition, ++position);
        }
        repository.add(version);
        return number;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ModelImportAttempt attempt) {
        repository.record(attempt);
    }

    private static void addGeneralized(ModelVersion version, GeneralizedFunctionDefinition definition, int position) {
        GeneralizedFunction gf = new GeneralizedFunction(version, definition.code(), position, definition.level(),
                definition.section(), definition.name());
        gf.translate(definition.nameEn());
        List<FunctionText> texts = new ArrayList<>();
        definition.jobTitles().forEach(t -> texts.add(new FunctionText(FunctionText.Kind.JOB_TITLE, t)));
        definition.educationRequirements().forEach(t -> texts.add(new FunctionText(FunctionText.Kind.EDUCATION, t)));
        definition.experienceRequirements().forEach(t -> texts.add(new FunctionText(FunctionText.Kind.EXPERIENCE, t)));
        definition.specialConditions()
                .forEach(t -> texts.add(new FunctionText(FunctionText.Kind.SPECIAL_CONDITION, t)));
        definition.otherCharacteristics()
                .forEach(t -> texts.add(new FunctionText(FunctionText.Kind.OTHER_CHARACTERISTIC, t)));
        gf.describe(definition.origin(), texts, classifications(definition.classifications()));
        gf.recordPrinted(definition.asPrinted().code(), definition.asPrinted().level(), definition.asPrinted().name(),
                definition.asPrinted().heading());
        RequirementsDefinition requirements = definition.requirements();
        gf.require(requirements.education().stream()
                        .map(e -> new EducationOption(e.minLevel(), e.training())).toList(),
                requirements.experience() == null ? null : requirements.experience().months(),
                requirements.experience() == null ? null : requirements.experience().minPositionLevel(),
                requirements.experience() == null ? null : requirements.experience().description(),
                requirements.upskillingEveryYears());
        int lfPosition = 0;
        for (LaborFunctionDefinition lfDefinition : definition.laborFunctions()) {
            LaborFunction lf = new LaborFunction(gf, lfDefinition.code(), ++lfPosition, lfDefinition.level(),
                    lfDefinition.section(), lfDefinition.name());
            lf.translate(lfDefinition.nameEn());
            lf.describe(lfDefinition.otherCharacteristics());
            lf.recordPrinted(lfDefinition.asPrinted().code(), lfDefinition.asPrinted().level(),
                    lfDefinition.asPrinted().name(), lfDefinition.asPrinted().heading());
            for (ItemDefinition item : lfDefinition.items()) {
                new CompetencyItem(lf, item.kind(), item.code(), item.position(), item.text(), item.textEn());
            }
        }
    }

    private static List<Classification> classifications(List<ClassificationDefinition> rows) {
        return rows.stream().map(r -> new Classification(r.scheme(), r.code(), r.name())).toList();
    }
}
