package ru.navyk.domain.assessment;

/**
 * What produced a rating. Every source is written by the feature that owns it, through one service, so a person's
 * competency history shows all of them on one timeline.
 */
public enum EvidenceSource {
    /** Hiring: an interview or test of a candidate, carried over at hire. */
    INTERVIEW,
    /** Mentoring: a mentor's log entry about a trainee. */
    MENTOR_LOG,
    /** Probation: the supervisor's final assessment of a trainee (D/03.5). */
    PROBATION_ASSESSMENT,
    /** Qualification: a manager's review session. */
    MANAGER_REVIEW,
    /** Knowledge base: a passed quiz on a change. */
    KNOWLEDGE_QUIZ,
    /** Training: a passed course test. */
    COURSE_TEST,
    /** Training: attendance of, or on-the-job coaching at, a training event. */
    TRAINING_EVENT,
    /** Quality: a QA evaluation of real contacts. */
    QA_EVALUATION
}
