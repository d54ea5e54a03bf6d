package ru.navyk.domain.competency;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored model versions and the record of import attempts. */
public interface CompetencyModelRepository {

    /** The current model: the version with the highest number. */
    Optional<ModelVersion> findLatest();

    /** Id of the current version, cheap enough to ask on every request (caches compare against it). */
    Optional<Long> findLatestId();

    List<ModelVersion> findAllVersions();

    /** Items by id, with their labor functions; ids that do not exist are simply absent from the result. */
    List<CompetencyItem> findItems(Collection<Long> itemIds);

    /** The version's items with these codes ({@code A/02.3/KN03}), with their labor functions; unknown codes are absent. */
    List<CompetencyItem> findItemsByCode(long versionId, Collection<String> codes);

    /**
     * The version's whole tree (functions, labor functions, items) loaded in a fixed number of queries, however many
     * items it has.
     */
    ModelVersion loadTree(long versionId);

    /** Stores a new version together with its functions and items (cascaded). */
    void add(ModelVersion version);

    void record(ModelImportAttempt attempt);

    List<ModelImportAttempt> findRecentAttempts(int max);

    /** Deletes the attempts that found the files unchanged and are older than {@code cutoff}; answers how many. */
    int deleteUnchangedAttemptsBefore(Instant cutoff);
}
