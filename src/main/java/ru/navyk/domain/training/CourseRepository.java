package ru.navyk.domain.training;

import java.util.List;
import java.util.Optional;

/** Courses with their versions, and the record of course imports. The catalogue is tens to hundreds of courses. */
public interface CourseRepository {

    void add(Course course);

    Optional<Course> find(long id);

    Optional<Course> findBySlug(String slug);

    /** Every course with its versions, by slug. */
    List<Course> findAll();

    /** A version with its items, lessons and questions. */
    Optional<CourseVersion> findVersion(long versionId);

    void record(CourseImportAttempt attempt);

    List<CourseImportAttempt> findRecentImports(int max);
}
