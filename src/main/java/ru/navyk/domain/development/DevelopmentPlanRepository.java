package ru.navyk.domain.development;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Development plans with their goals, activities, transitions and comments. */
public interface DevelopmentPlanRepository {

    void add(DevelopmentPlan plan);

    Optional<DevelopmentPlan> find(long id);

    /** Writes pending changes now, so the plan's version is the one a caller must send next. */
    void flush();

    /** A person's plans, newest first. */
    List<DevelopmentPlan> findByPerson(long personId);

    /** The active plans (draft, agreed, in progress) of these people, in one query. */
    List<DevelopmentPlan> findActiveByPeople(Collection<Long> personIds);
}
