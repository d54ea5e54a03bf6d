package ru.navyk.domain.qualification;

import java.util.List;
import java.util.Optional;

/** Review sessions. */
public interface QualificationReviewRepository {

    void add(QualificationReview review);

    Optional<QualificationReview> find(long id);

    /** A person's reviews, newest first. */
    List<QualificationReview> findByPerson(long personId);
}
