package ru.navyk.application.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ModelImportAttempt;
import ru.navyk.domain.competency.ModelImportAttempt.Outcome;
import ru.navyk.domain.competency.ModelVersion;
import ru.navyk.domain.competency.definition.StandardDefinition;
import ru.navyk.infrastructure.importing.model.ModelFiles;
import ru.navyk.infrastructure.importing.model.ModelFingerprint;
import ru.navyk.infrastructure.importing.model.YamlModelReader;

/**
 * Imports the competency-model files. Unchanged files (same fingerprint as the current version) import nothing;
 * changed files become a new version in one transaction; invalid files import nothing and the portal keeps serving
 * the current version. Every attempt is recorded with its outcome and, on failure, every problem found.
 */
@ApplicationScoped
public class CompetencyModelImportService {

    private static final Logger LOG = Logger.getLogger(CompetencyModelImportService.class.getName());

    @Inject
    private CompetencyModelRepository repository;

    @Inject
    private ModelVersionWriter writer;

    @Inject
    private Clock clock;

    public ModelImportResult importModel(ModelFiles files) {
        String hash;
        try {
            hash = ModelFingerprint.of(files);
        } catch (IOException e) {
            return fail(files, null, List.of(), "cannot read the model files: " + e.getMessage());
        }
        Optional<ModelVersion> current = repository.findLatest();
        if (current.isPresent() && current.get().getContentHash().equals(hash)) {
            return unchanged(files, hash, current.get().getNumber());
        }
        StandardDefinition standard;
        try {
            standard = new YamlModelReader().read(files);
        } catch (InvalidModelException e) {
            return fail(files, hash, e.problems(), e.getMessage());
        } catch (IOException e) {
            return fail(files, hash, List.of(), "cannot read the model files: " + e.getMessage());
        }
        try {
            int number = writer.write(standard, hash, files.description(), clock.instant());
            writer.record(new ModelImportAttempt(clock.instant(), Outcome.IMPORTED, files.description(), hash,
                    number, standard.generalizedFunctions().size() + " generalized functions, "
                    + standard.itemCount() + " items"));
            LOG.info(() -> "Imported competency model version " + number + " from " + files.description());
            return new ModelImportResult(Outcome.IMPORTED, number, List.of(), "imported version " + number);
        } catch (RuntimeException e) {
            // Another cluster node may have imported the same files a moment earlier: then nothing is missing.
            Optional<ModelVersion> now = repository.findLatest();
            if (now.isPresent() && now.get().getContentHash().equals(hash)) {
                return unchanged(files, hash, now.get().getNumber());
            }
            LOG.log(Level.SEVERE, "Could not store the competency model", e);
            return fail(files, hash, List.of(), "could not store the model: " + e.getMessage());
        }
    }

    private ModelImportResult unchanged(ModelFiles files, String hash, int number) {
        writer.record(new ModelImportAttempt(clock.instant(), Outcome.UNCHANGED, files.description(), hash, number,
                null));
        return new ModelImportResult(Outcome.UNCHANGED, number, List.of(), "unchanged, version " + number);
    }

    private ModelImportResult fail(ModelFiles files, String hash, List<ru.navyk.domain.competency.ModelProblem> problems,
                                   String message) {
        Integer current = repository.findLatest().map(ModelVersion::getNumber).orElse(null);
        LOG.severe(() -> "The competency model was NOT imported from " + files.description()
                + (current == null ? "" : "; still serving version " + current) + ":\n" + message);
        writer.record(new ModelImportAttempt(clock.instant(), Outcome.FAILED, files.description(), hash, current,
                message));
        return new ModelImportResult(Outcome.FAILED, current, problems, message);
    }
}
