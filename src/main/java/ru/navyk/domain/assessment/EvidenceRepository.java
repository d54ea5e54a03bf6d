package ru.navyk.domain.assessment;

import java.util.Collection;
import java.util.List;

/** Evidence is appended, never changed; reads are per person or per group of people, newest first. */
public interface EvidenceRepository {

    void add(Evidence evidence);

    /** All evidence about a person, newest first (rated on, then recorded at). */
    List<Evidence> findByPerson(long personId);

    /**
     * All evidence about these people in one query (team matrices and overviews), newest first, with items and
     * labor functions loaded. Read-only: changes to what it returns are never saved.
     */
    List<Evidence> findByPeople(Collection<Long> personIds);

    /** The evidence a feature wrote for one of its records (a log entry, an assessment). */
    List<Evidence> findBySource(EvidenceSource source, long sourceId);
}
