package ru.navyk.domain.profile;

import java.util.List;
import java.util.Optional;

/** Job profiles with their versions. */
public interface JobProfileRepository {

    void add(JobProfile profile);

    Optional<JobProfile> find(long id);

    Optional<JobProfile> findByCode(String code);

    /** A version with its requirements, items and labor functions loaded. */
    Optional<JobProfileVersion> findVersion(long versionId);

    /**
     * {@link #findVersion} for views: requirements and items are read in the same query even when the version is
     * already in the persistence context. Read-only: changes to what it returns are never saved.
     */
    Optional<JobProfileVersion> readVersion(long versionId);

    /** The codes of the items a version requires, read in one query (not through each requirement's item). */
    List<String> findRequiredItemCodes(long versionId);

    /** Every profile, active first, ordered by the title of its current version. */
    List<JobProfile> findAll();

    /** The active profile whose current version carries this title (case-insensitive), if exactly one does. */
    Optional<JobProfile> findActiveByCurrentTitle(String title);

    /**
     * Raises the row version of a profile or version even when only its children (versions, requirements) changed, so
     * a second editor working from the same row version is refused rather than silently overwriting.
     */
    void touch(Object profileOrVersion);
}
