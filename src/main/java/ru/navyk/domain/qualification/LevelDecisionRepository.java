package ru.navyk.domain.qualification;

import java.util.Collection;
import java.util.List;

/** Level decisions are appended, never changed; read newest first. */
public interface LevelDecisionRepository {

    void add(LevelDecision decision);

    List<LevelDecision> findByPerson(long personId);

    /** Decisions about these people in one query (team and organisation views). */
    List<LevelDecision> findByPeople(Collection<Long> personIds);
}
