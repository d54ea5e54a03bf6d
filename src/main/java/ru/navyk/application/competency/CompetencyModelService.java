package ru.navyk.application.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.ModelImportAttempt;

/**
 * Reads the current competency model. The snapshot is cached per version and checked against the database's current
 * version id on each call, so an import on another cluster node is seen at the next request.
 */
@ApplicationScoped
public class CompetencyModelService {

    @Inject
    private CompetencyModelRepository repository;

    private volatile ModelSnapshot cached;

    /** The current model, or empty before the first successful import. */
    @Transactional
    public Optional<ModelSnapshot> current() {
        Optional<Long> latestId = repository.findLatestId();
        if (latestId.isEmpty()) {
            return Optional.empty();
        }
        ModelSnapshot snapshot = cached;
        if (snapshot == null || snapshot.versionId() != latestId.get()) {
            snapshot = ModelSnapshots.of(repository.loadTree(latestId.get()));
            cached = snapshot;
        }
        return Optional.of(snapshot);
    }

    /** An older (or the current) version as it was imported; versions are never changed after import. */
    @Transactional
    public ModelSnapshot snapshotOf(long versionId) {
        ModelSnapshot snapshot = cached;
        return snapshot != null && snapshot.versionId() == versionId ? snapshot
                : ModelSnapshots.of(repository.loadTree(versionId));
    }

    public ModelSearch.Result search(ModelQuery query) {
        return current().map(model -> ModelSearch.search(model, query))
                .orElse(new ModelSearch.Result(List.of(), 0, 0));
    }

    @Transactional
    public List<ModelImportAttempt> recentImports(int max) {
        return repository.findRecentAttempts(max);
    }
}
