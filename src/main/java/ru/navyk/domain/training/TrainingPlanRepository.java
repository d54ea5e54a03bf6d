package ru.navyk.domain.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Team training plans. */
public interface TrainingPlanRepository {

    void add(TrainingPlan plan);

    Optional<TrainingPlan> find(long id);

    /** Plans of these teams (every team when {@code null}), newest first. */
    List<TrainingPlan> findByTeams(Collection<Long> teamIds);
}
