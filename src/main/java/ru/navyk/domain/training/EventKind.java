package ru.navyk.domain.training;

/** Forms of a training event (D/03.5/LA11, LA12). */
public enum EventKind {
    /** In a classroom of the centre. */
    CLASSROOM,
    /** Online. */
    WEBINAR,
    /** Corrective coaching at the workplace; the trainer rates each participant. */
    ON_THE_JOB
}
