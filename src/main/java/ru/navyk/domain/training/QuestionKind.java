package ru.navyk.domain.training;

/** A test question's form. */
public enum QuestionKind {
    /** Exactly one option is correct; the learner picks one. */
    SINGLE,
    /** One or more options are correct; the learner must pick exactly those. */
    MULTIPLE
}
