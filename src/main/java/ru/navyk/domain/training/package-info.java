/**
 * Training (D/03.5: «формировать план обучения», «организовывать обучающие и развивающие мероприятия»): versioned
 * {@link ru.navyk.domain.training.Course}s with Markdown lessons and a test, each linked to the competency items it
 * develops; learners' {@link ru.navyk.domain.training.CourseProgress} and {@link ru.navyk.domain.training.TestAttempt}s
 * (scored by {@link ru.navyk.domain.training.TestScoring}); {@link ru.navyk.domain.training.TrainingAssignment}s with
 * due dates; automatic {@link ru.navyk.domain.training.TrainingRequest}s; {@link ru.navyk.domain.training.TrainingEvent}s
 * with registrations, a waiting list and attendance; team {@link ru.navyk.domain.training.TrainingPlan}s. Results are
 * written as evidence (course test, training event), never kept as a private rating.
 */
package ru.navyk.domain.training;
