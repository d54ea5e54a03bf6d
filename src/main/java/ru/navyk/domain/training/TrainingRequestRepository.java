package ru.navyk.domain.training;

import java.util.List;
import java.util.Optional;

/** Training requests raised by changes. */
public interface TrainingRequestRepository {

    void add(TrainingRequest request);

    Optional<TrainingRequest> find(long id);

    List<TrainingRequest> findRecent(int max);
}
